package lsp

import "encoding/json"

// The few Language Server Protocol 3.17 types this server reads and
// writes, with the spec's JSON names. Incoming parameters are decoded
// leniently: a field of an unexpected shape is dropped rather than
// failing the whole message (other servers' diagnostics reach a code
// action request too).

// A Position is a zero-based line and a character offset in UTF-16
// code units, the protocol's default (and only mandatory) encoding.
type Position struct {
	Line      int `json:"line"`
	Character int `json:"character"`
}

// Less reports whether p comes before q.
func (p Position) Less(q Position) bool {
	return p.Line < q.Line || p.Line == q.Line && p.Character < q.Character
}

// A Range is a half-open range of positions.
type Range struct {
	Start Position `json:"start"`
	End   Position `json:"end"`
}

// A Location is a range in a document.
type Location struct {
	URI   string `json:"uri"`
	Range Range  `json:"range"`
}

// Diagnostic severities.
const (
	SeverityError       = 1
	SeverityWarning     = 2
	SeverityInformation = 3
	SeverityHint        = 4
)

// A Diagnostic is a finding as an editor shows it.
type Diagnostic struct {
	Range              Range                          `json:"range"`
	Severity           int                            `json:"severity,omitempty"`
	Code               string                         `json:"code,omitempty"`
	CodeDescription    *CodeDescription               `json:"codeDescription,omitempty"`
	Source             string                         `json:"source,omitempty"`
	Message            string                         `json:"message"`
	RelatedInformation []DiagnosticRelatedInformation `json:"relatedInformation,omitempty"`
}

// A CodeDescription links a diagnostic's code to its documentation.
type CodeDescription struct {
	Href string `json:"href"`
}

// DiagnosticRelatedInformation is the other end of a finding's flow.
type DiagnosticRelatedInformation struct {
	Location Location `json:"location"`
	Message  string   `json:"message"`
}

// PublishDiagnosticsParams are textDocument/publishDiagnostics's.
type PublishDiagnosticsParams struct {
	URI         string       `json:"uri"`
	Version     *int         `json:"version,omitempty"`
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// A TextEdit replaces a range of a document.
type TextEdit struct {
	Range   Range  `json:"range"`
	NewText string `json:"newText"`
}

// A TextDocumentEdit is the edits of one document, at a version.
type TextDocumentEdit struct {
	TextDocument VersionedTextDocumentIdentifier `json:"textDocument"`
	Edits        []TextEdit                      `json:"edits"`
}

// VersionedTextDocumentIdentifier names a document at a version; a
// nil Version is the file on disk.
type VersionedTextDocumentIdentifier struct {
	URI     string `json:"uri"`
	Version *int   `json:"version"`
}

// A WorkspaceEdit is edits of any number of documents: as
// documentChanges when the client supports them (the versions then
// guard against applying an edit to a newer buffer), else as changes.
type WorkspaceEdit struct {
	Changes         map[string][]TextEdit `json:"changes,omitempty"`
	DocumentChanges []TextDocumentEdit    `json:"documentChanges,omitempty"`
}

// A CodeAction is a quick fix.
type CodeAction struct {
	Title       string         `json:"title"`
	Kind        string         `json:"kind"`
	Diagnostics []Diagnostic   `json:"diagnostics,omitempty"`
	IsPreferred bool           `json:"isPreferred,omitempty"`
	Edit        *WorkspaceEdit `json:"edit,omitempty"`
}

// CodeActionKindQuickFix is the only kind of code action offered.
const CodeActionKindQuickFix = "quickfix"

// Incoming parameters.
type (
	textDocumentIdentifier struct {
		URI string `json:"uri"`
	}
	textDocumentItem struct {
		URI        string `json:"uri"`
		LanguageID string `json:"languageId"`
		Version    int    `json:"version"`
		Text       string `json:"text"`
	}
	didOpenParams struct {
		TextDocument textDocumentItem `json:"textDocument"`
	}
	contentChange struct {
		Range *Range `json:"range"`
		Text  string `json:"text"`
	}
	didChangeParams struct {
		TextDocument struct {
			URI     string `json:"uri"`
			Version int    `json:"version"`
		} `json:"textDocument"`
		ContentChanges []contentChange `json:"contentChanges"`
	}
	didSaveParams struct {
		TextDocument textDocumentIdentifier `json:"textDocument"`
		Text         *string                `json:"text"`
	}
	didCloseParams struct {
		TextDocument textDocumentIdentifier `json:"textDocument"`
	}
	codeActionParams struct {
		TextDocument textDocumentIdentifier `json:"textDocument"`
		Range        Range                  `json:"range"`
		Context      struct {
			Diagnostics []json.RawMessage `json:"diagnostics"`
			Only        []string          `json:"only"`
		} `json:"context"`
	}
	workspaceFolder struct {
		URI  string `json:"uri"`
		Name string `json:"name"`
	}
	initializeParams struct {
		ProcessID             *int              `json:"processId"`
		RootURI               *string           `json:"rootUri"`
		RootPath              *string           `json:"rootPath"`
		WorkspaceFolders      []workspaceFolder `json:"workspaceFolders"`
		InitializationOptions json.RawMessage   `json:"initializationOptions"`
		Capabilities          json.RawMessage   `json:"capabilities"`
	}
	// clientCapabilities holds the capabilities this server looks at.
	clientCapabilities struct {
		Workspace struct {
			WorkspaceEdit struct {
				DocumentChanges bool `json:"documentChanges"`
			} `json:"workspaceEdit"`
		} `json:"workspace"`
	}
	didChangeConfigurationParams struct {
		Settings json.RawMessage `json:"settings"`
	}
	didChangeWorkspaceFoldersParams struct {
		Event struct {
			Added   []workspaceFolder `json:"added"`
			Removed []workspaceFolder `json:"removed"`
		} `json:"event"`
	}
	cancelParams struct {
		ID json.RawMessage `json:"id"`
	}
)

// Message types of window/showMessage and window/logMessage.
const (
	messageError   = 1
	messageWarning = 2
	messageInfo    = 3
	messageLog     = 4
)

type showMessageParams struct {
	Type    int    `json:"type"`
	Message string `json:"message"`
}
