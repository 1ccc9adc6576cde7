// Package sarif writes analysis findings as a SARIF 2.1.0 log, the
// format code-scanning services (GitHub's among them) take: one run,
// the tool's rules with their help, and one result per finding with
// its rule ID ("<pass>/<category>"), its exact region, its related
// locations and its fixes.
//
// Only what the analyzers said goes into the log: their messages,
// which never hold a secret in full, and the fixes' new text. No
// source text (snippets, context regions) is copied, so a hard-coded
// token a finding is about never reaches the file.
package sarif

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// A Rule is what the log says of one rule.
type Rule struct {
	ID      string // "<pass>/<category>"
	Summary string // one sentence
	Help    string // the rule's documentation, plain text
	// Level is the SARIF level of its results: "error", "warning" or
	// "note"; "" is "warning".
	Level string
	// SecuritySeverity is the score GitHub code scanning ranks alerts
	// by ("8.0": high); Precision is how often a finding is right
	// ("very-high", "high", "medium", "low"); Tags classify the rule
	// ("security", a CWE as "external/cwe/cwe-798", ...).
	SecuritySeverity string
	Precision        string
	Tags             []string
}

// A Finding is one diagnostic, positions resolved.
type Finding struct {
	RuleID   string
	Message  string
	Pos, End token.Position // End may be invalid
	Related  []Related
	Fixes    []Fix
}

// Related is a related location of a finding.
type Related struct {
	Message  string
	Pos, End token.Position
}

// A Fix is a suggested fix: edits by byte offset.
type Fix struct {
	Description string
	Edits       []Edit
}

// An Edit replaces Length bytes at Offset of Filename by NewText.
type Edit struct {
	Filename       string
	Offset, Length int
	NewText        string
}

// A Builder collects findings and writes the log.
type Builder struct {
	tool, version, infoURI string
	rules                  []Rule
	root                   string // absolute; files below it are relative to %SRCROOT%
	findings               []Finding
	seen                   map[findingKey]bool
	notes                  []string
	lines                  map[string][]string // file -> lines, for UTF-16 columns
}

// New returns a Builder for a tool with the given rules. Files below
// root are named relative to it.
func New(tool, version, infoURI string, rules []Rule, root string) *Builder {
	return &Builder{tool: tool, version: version, infoURI: infoURI, rules: rules, root: root,
		seen: map[findingKey]bool{}, lines: map[string][]string{}}
}

type findingKey struct {
	rule, message string
	pos           token.Position
}

// Add records a finding. A finding already recorded (the same rule,
// position and message, as when a package is analysed with and without
// its tests) is recorded once.
func (b *Builder) Add(f Finding) {
	key := findingKey{f.RuleID, f.Message, f.Pos}
	if b.seen[key] {
		return
	}
	b.seen[key] = true
	b.findings = append(b.findings, f)
}

// Notify records an error of the tool's run (a package that does not
// type-check, an analyzer's error).
func (b *Builder) Notify(msg string) {
	if !slices.Contains(b.notes, msg) {
		b.notes = append(b.notes, msg)
	}
}

// Findings reports how many findings were recorded.
func (b *Builder) Findings() int { return len(b.findings) }

// The SARIF 2.1.0 objects atlvet writes.
type (
	log struct {
		Schema  string `json:"$schema"`
		Version string `json:"version"`
		Runs    []run  `json:"runs"`
	}
	run struct {
		Tool               tool                   `json:"tool"`
		Invocations        []invocation           `json:"invocations"`
		OriginalURIBaseIDs map[string]artifactLoc `json:"originalUriBaseIds,omitempty"`
		Results            []result               `json:"results"`
		ColumnKind         string                 `json:"columnKind"`
	}
	tool struct {
		Driver driver `json:"driver"`
	}
	driver struct {
		Name           string `json:"name"`
		Version        string `json:"version,omitempty"`
		InformationURI string `json:"informationUri,omitempty"`
		Rules          []rule `json:"rules"`
	}
	rule struct {
		ID               string     `json:"id"`
		ShortDescription text       `json:"shortDescription"`
		FullDescription  text       `json:"fullDescription"`
		Help             text       `json:"help"`
		DefaultConfig    ruleConfig `json:"defaultConfiguration"`
		Properties       ruleProps  `json:"properties"`
	}
	ruleConfig struct {
		Level string `json:"level"`
	}
	ruleProps struct {
		Tags             []string `json:"tags"`
		Precision        string   `json:"precision,omitempty"`
		SecuritySeverity string   `json:"security-severity,omitempty"`
	}
	text struct {
		Text string `json:"text"`
	}
	invocation struct {
		ExecutionSuccessful bool           `json:"executionSuccessful"`
		Notifications       []notification `json:"toolExecutionNotifications,omitempty"`
	}
	notification struct {
		Level   string `json:"level"`
		Message text   `json:"message"`
	}
	result struct {
		RuleID           string     `json:"ruleId"`
		RuleIndex        int        `json:"ruleIndex"`
		Level            string     `json:"level"`
		Message          text       `json:"message"`
		Locations        []location `json:"locations"`
		RelatedLocations []location `json:"relatedLocations,omitempty"`
		Fixes            []fix      `json:"fixes,omitempty"`
		// PartialFingerprints identify the finding across runs, so
		// that an alert survives the lines above it moving.
		PartialFingerprints map[string]string `json:"partialFingerprints"`
	}
	location struct {
		ID               *int             `json:"id,omitempty"`
		PhysicalLocation physicalLocation `json:"physicalLocation"`
		Message          *text            `json:"message,omitempty"`
	}
	physicalLocation struct {
		ArtifactLocation artifactLoc `json:"artifactLocation"`
		Region           region      `json:"region"`
	}
	artifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	region struct {
		StartLine   int  `json:"startLine,omitempty"`
		StartColumn int  `json:"startColumn,omitempty"`
		EndLine     int  `json:"endLine,omitempty"`
		EndColumn   int  `json:"endColumn,omitempty"`
		ByteOffset  *int `json:"byteOffset,omitempty"`
		ByteLength  *int `json:"byteLength,omitempty"`
	}
	fix struct {
		Description     text             `json:"description"`
		ArtifactChanges []artifactChange `json:"artifactChanges"`
	}
	artifactChange struct {
		ArtifactLocation artifactLoc   `json:"artifactLocation"`
		Replacements     []replacement `json:"replacements"`
	}
	replacement struct {
		DeletedRegion   region `json:"deletedRegion"`
		InsertedContent *text  `json:"insertedContent,omitempty"`
	}
)

const srcRoot = "%SRCROOT%"

// Write writes the log as indented JSON.
func (b *Builder) Write(w io.Writer) error {
	r := run{
		Tool: tool{Driver: driver{
			Name:           b.tool,
			Version:        b.version,
			InformationURI: b.infoURI,
			Rules:          []rule{},
		}},
		Invocations: []invocation{{ExecutionSuccessful: len(b.notes) == 0}},
		Results:     []result{},
		ColumnKind:  "utf16CodeUnits",
	}
	if b.root != "" {
		r.OriginalURIBaseIDs = map[string]artifactLoc{srcRoot: {URI: fileURI(b.root) + "/"}}
	}
	index := map[string]int{}
	levels := map[string]string{}
	for i, ru := range b.rules {
		index[ru.ID] = i
		pass, _, _ := strings.Cut(ru.ID, "/")
		level := cmp.Or(ru.Level, "warning")
		levels[ru.ID] = level
		tags := slices.Clone(ru.Tags)
		for _, t := range []string{"atlassian", pass} {
			if !slices.Contains(tags, t) {
				tags = append(tags, t)
			}
		}
		r.Tool.Driver.Rules = append(r.Tool.Driver.Rules, rule{
			ID:               ru.ID,
			ShortDescription: text{ru.Summary},
			FullDescription:  text{ru.Help},
			Help:             text{ru.Help + "\n\nTo silence one finding, write //atlvet:ignore " + ru.ID + " <reason> on its line or the line above."},
			DefaultConfig:    ruleConfig{Level: level},
			Properties:       ruleProps{Tags: tags, Precision: ru.Precision, SecuritySeverity: ru.SecuritySeverity},
		})
	}
	for _, n := range b.notes {
		r.Invocations[0].Notifications = append(r.Invocations[0].Notifications, notification{Level: "error", Message: text{n}})
	}
	findings := slices.Clone(b.findings)
	slices.SortStableFunc(findings, func(x, y Finding) int {
		return cmp.Or(
			cmp.Compare(x.Pos.Filename, y.Pos.Filename),
			cmp.Compare(x.Pos.Offset, y.Pos.Offset),
			cmp.Compare(x.RuleID, y.RuleID),
			cmp.Compare(x.Message, y.Message))
	})
	occurrences := map[string]int{}
	for _, f := range findings {
		i, ok := index[f.RuleID]
		if !ok {
			return fmt.Errorf("sarif: finding of unknown rule %q", f.RuleID)
		}
		res := result{
			RuleID:    f.RuleID,
			RuleIndex: i,
			Level:     levels[f.RuleID],
			Message:   text{f.Message},
			Locations: []location{{PhysicalLocation: b.physical(f.Pos, f.End)}},
		}
		fp := fingerprint(f.RuleID, b.artifact(f.Pos.Filename).URI, f.Message)
		occurrences[fp]++
		res.PartialFingerprints = map[string]string{fingerprintKey: fmt.Sprintf("%s:%d", fp, occurrences[fp])}
		for j, rel := range f.Related {
			id := j + 1
			res.RelatedLocations = append(res.RelatedLocations, location{
				ID:               &id,
				PhysicalLocation: b.physical(rel.Pos, rel.End),
				Message:          &text{rel.Message},
			})
		}
		for _, fx := range f.Fixes {
			if len(fx.Edits) == 0 {
				continue // a fix that changes nothing is no fix
			}
			res.Fixes = append(res.Fixes, b.fix(fx))
		}
		r.Results = append(r.Results, res)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log{
		Schema:  "https://json.schemastore.org/sarif-2.1.0.json",
		Version: "2.1.0",
		Runs:    []run{r},
	})
}

// fingerprintKey names atlvet's fingerprint in partialFingerprints.
const fingerprintKey = "atlvetFindingHash/v1"

// lineNumbers matches the line (and column) numbers a message may
// name ("used at client.go:42"), which a fingerprint leaves out.
var lineNumbers = regexp.MustCompile(`:\d+(:\d+)?\b`)

// fingerprint hashes what identifies a finding whatever line it is
// on: its rule, its file and its message with line numbers left out.
// Findings with the same fingerprint in one file are told apart by a
// count, as GitHub does with its own.
func fingerprint(rule, file, message string) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%s", rule, file, lineNumbers.ReplaceAllString(message, ""))
	return hex.EncodeToString(h.Sum(nil))[:32]
}

func (b *Builder) physical(pos, end token.Position) physicalLocation {
	reg := region{StartLine: pos.Line, StartColumn: b.column(pos)}
	if end.IsValid() && end.Filename == pos.Filename && end.Offset >= pos.Offset {
		reg.EndLine, reg.EndColumn = end.Line, b.column(end)
	}
	return physicalLocation{ArtifactLocation: b.artifact(pos.Filename), Region: reg}
}

func (b *Builder) fix(fx Fix) fix {
	out := fix{Description: text{fx.Description}}
	byFile := map[string]int{}
	for _, e := range fx.Edits {
		i, ok := byFile[e.Filename]
		if !ok {
			i = len(out.ArtifactChanges)
			byFile[e.Filename] = i
			out.ArtifactChanges = append(out.ArtifactChanges, artifactChange{ArtifactLocation: b.artifact(e.Filename)})
		}
		off, n := e.Offset, e.Length
		rep := replacement{DeletedRegion: region{ByteOffset: &off, ByteLength: &n}}
		if e.NewText != "" {
			rep.InsertedContent = &text{e.NewText}
		}
		out.ArtifactChanges[i].Replacements = append(out.ArtifactChanges[i].Replacements, rep)
	}
	return out
}

// artifact names a file: relative to the root when below it.
func (b *Builder) artifact(filename string) artifactLoc {
	if b.root != "" {
		if rel, err := filepath.Rel(b.root, filename); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel) {
			return artifactLoc{URI: (&url.URL{Path: filepath.ToSlash(rel)}).EscapedPath(), URIBaseID: srcRoot}
		}
	}
	return artifactLoc{URI: fileURI(filename)}
}

func fileURI(path string) string {
	p := filepath.ToSlash(path)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p // C:/x
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// column converts a Go column (bytes, from 1) into UTF-16 code units
// from 1, SARIF's default, from the text of the line.
func (b *Builder) column(pos token.Position) int {
	if pos.Column <= 1 {
		return pos.Column
	}
	lines, ok := b.lines[pos.Filename]
	if !ok {
		data, err := os.ReadFile(pos.Filename)
		if err == nil {
			lines = strings.Split(string(data), "\n")
		}
		b.lines[pos.Filename] = lines
	}
	if pos.Line < 1 || pos.Line > len(lines) {
		return pos.Column
	}
	line := lines[pos.Line-1]
	prefix := line[:min(pos.Column-1, len(line))]
	if !utf8.ValidString(prefix) {
		return pos.Column
	}
	return len(utf16.Encode([]rune(prefix))) + 1
}
