// Package structdesc builds Connect descriptors as Go struct values.
package structdesc

import "os"

type Descriptor struct {
	Key            string         `json:"key"`
	Name           string         `json:"name"`
	BaseURL        string         `json:"baseUrl"`
	Authentication Authentication `json:"authentication"`
	Modules        map[string]any `json:"modules,omitempty"`
}

type Authentication struct {
	Type string `json:"type"`
}

// Alias names the same type.
type Alias = Descriptor

// Lifecycle is a descriptor type with other fields beside the key.
type Lifecycle struct {
	Key       string            `json:"key,omitempty"`
	Lifecycle map[string]string `json:"lifecycle"`
}

const appKey = "jira-acme-int"

var descriptors = []Descriptor{
	{Key: "jira-acme-int", BaseURL: "https://connect.acme.example"},
	{Key: appKey, BaseURL: "https://connect.acme.example"},
	{Key: "confluence-acme-int"},
	{Key: "jira-acme-int/1.4.2", BaseURL: "https://connect.acme.example"}, // want `Connect app key "jira-acme-int/1.4.2" does not follow Atlassian's convention \{product\}-\{source\}-int: a version, which belongs in the User-Agent, not in the key; an installed app's key cannot change without registering the app again as a new one, so give a new app a key such as "jira-acme-int"`
	{Key: "jira-acme-int-2"},                                              // want `Connect app key "jira-acme-int-2" does not follow .*: a version, which`
	{Key: "atlassian-acme-int"},                                           // want `: the multi-product "atlassian" where a Connect app names the one product it extends, such as jira or confluence; .* such as "jira-acme-int" for a Jira app`
	{Key: "acme-int"},                                                     // want `: no Atlassian product, such as jira or confluence, in front; .* such as "jira-acme-int" for a Jira app`
	{Key: "com.acme.jira-connect"},                                        // want `: missing "-int" after the source product, no Atlassian product, such as jira or confluence, in front, text that does not fit`
	{Key: "jira acme int"},                                                // want `: spaces;`
	{Key: "jira-int"},                                                     // want `: missing source product between the atlassian product and "-int"; .* such as "jira-structdesc-int"`
	{Key: "confluence-acme"},                                              // want `: missing "-int" after the source product; .* such as "confluence-acme-int"`
	{Key: ""},                                                             // want `Connect app key "" does not follow .*: empty value`
	{"jira-acme-int-v3", "Acme", "https://connect.acme.example", Authentication{"jwt"}, nil}, // want `Connect app key "jira-acme-int-v3"`
}

func pointers() *Descriptor {
	d := &Descriptor{Key: "Jira-Acme-Int/2.0", BaseURL: "https://connect.acme.example"} // want `Connect app key "Jira-Acme-Int/2.0" does not follow .*: upper-case letters, a version`
	d.Key = "jirasoftware-acme-int"
	d.Key = "jirasoftware-acme-int-2" // want `Connect app key "jirasoftware-acme-int-2"`
	var a Alias
	a.Key = "acme" // want `Connect app key "acme" does not follow`
	return d
}

func lifecycle() Lifecycle {
	return Lifecycle{Key: "acme-connect", Lifecycle: map[string]string{"installed": "/installed"}} // want `Connect app key "acme-connect"`
}

// Keys that are no constants are read from configuration.
func fromConfig(key string) []Descriptor {
	envKey := os.Getenv("CONNECT_APP_KEY")
	return []Descriptor{
		{Key: key, BaseURL: "https://connect.acme.example"},
		{Key: envKey},
		{Key: os.Getenv("CONNECT_APP_KEY")},
		{Key: variableKey},
		{Key: "{{.AppKey}}"},
	}
}

var variableKey = "Set-By-Ldflags"

// A generic descriptor type.
type Generic[M any] struct {
	Key     string `json:"key"`
	Modules M      `json:"modules"`
}

var generic = Generic[map[string]any]{Key: "jira-acme-int-v2", Modules: nil} // want `Connect app key "jira-acme-int-v2"`

func genericKey[M any](g *Generic[M]) {
	g.Key = "Acme" // want `Connect app key "Acme"`
}
