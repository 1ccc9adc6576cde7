package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"example.com/integrations/atlas"
)

// deskCommand lists the service desks of the profile's site, or saves
// one attachment of a request.
func deskCommand(ctx context.Context, p *Profile, args []string) error {
	c, err := atlas.New("https://"+p.Site+".atlassian.net", p.Email, p.APIToken)
	if err != nil {
		return err
	}
	if len(args) == 2 {
		body, err := c.Attachment(ctx, args[0], args[1])
		if err != nil {
			return err
		}
		defer body.Close()
		_, err = io.Copy(os.Stdout, body)
		return err
	}
	desks, err := c.ServiceDesks(ctx)
	if err != nil {
		return err
	}
	for _, d := range desks {
		fmt.Println(d.ID, d.ProjectKey)
	}
	return nil
}
