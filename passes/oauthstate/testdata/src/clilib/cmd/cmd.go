// Command cmd reads the code from the terminal for package auth.
package main

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"clilib/auth"
)

func main() {
	fmt.Println("Open", auth.URL())
	sc := bufio.NewScanner(os.Stdin)
	sc.Scan()
	tok, err := auth.Exchange(context.Background(), strings.TrimSpace(sc.Text()))
	fmt.Println(tok, err)
}
