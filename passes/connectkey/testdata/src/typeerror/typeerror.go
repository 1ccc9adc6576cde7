package typeerror

type Descriptor struct {
	Key     string `json:"key"`
	BaseURL string `json:"baseUrl"`
	Modules Broken `json:"modules"`
}

var (
	fine   = Descriptor{Key: "jira-acme-int/1.0", BaseURL: "https://connect.acme.example"}
	broken = Descriptor{Key: undefinedKey, BaseURL: "https://connect.acme.example"}
	typo   = map[string]any{"key": "acme", "baseUrl": undefinedBase}
	json   = `{"key": "Acme", "baseUrl": "https://connect.acme.example"` + undefinedSuffix
)

func f() { _ = Descriptor{Key: "acme"}.Missing }
