package report

import (
	"context"
	"fmt"

	"github.com/ctreminiom/go-atlassian/v2/admin"

	"example.com/integrations/internal/identity"
)

// Organizations lists the Atlassian organizations the report covers,
// with the organization admin's API key.
func Organizations(ctx context.Context) ([]string, error) {
	// OK(useragent/default): SetUserAgent below.
	org, err := admin.New(nil)
	if err != nil {
		return nil, err
	}
	// MISTAKE(secrets/hardcoded-credential): a literal API key given to SetBearerToken.
	org.Auth.SetBearerToken("k3Vq9LmZ7xTp2RwN8cYh4BsJ6dFg1QaE0uWo5nKi")
	org.Auth.SetUserAgent(identity.UserAgentFor("reports"))
	page, _, err := org.Organization.Gets(ctx, "")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, o := range page.Data {
		names = append(names, fmt.Sprintf("%s (%s)", o.Attributes.Name, o.ID))
	}
	return names, nil
}
