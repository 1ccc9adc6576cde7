// Package flagvalues holds flag.Value types shared by the passes'
// command-line flags.
package flagvalues

import (
	"flag"
	"strings"
)

type list struct{ dst *[]string }

// List returns a flag.Value that sets *dst from a comma-separated list.
func List(dst *[]string) flag.Value { return list{dst} }

func (l list) String() string {
	if l.dst == nil {
		return ""
	}
	return strings.Join(*l.dst, ",")
}

func (l list) Set(s string) error {
	*l.dst = nil
	for item := range strings.SplitSeq(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			*l.dst = append(*l.dst, item)
		}
	}
	return nil
}
