package generated

var handwritten = map[string]any{"key": "Acme Connect", "baseUrl": "https://connect.acme.example"} // want `Connect app key "Acme Connect" does not follow`
