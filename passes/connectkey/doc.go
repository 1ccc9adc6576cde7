// Package connectkey defines an Analyzer that checks the key of an
// Atlassian Connect app's descriptor.
//
// # Analyzer connectkey
//
// connectkey: check that a Connect app's key follows Atlassian's convention
//
// A Connect app identifies itself by the key of its app descriptor
// (atlassian-connect.json). Atlassian asks for the convention of the
// first segment of the User-Agent,
//
//	{atlassian product}-{source product}-int
//
// in lower case, for example "jira-acme-int" or "confluence-acmewiki-int",
// where the product is the one product the app extends (jira,
// jirasoftware, jiraservicedesk, confluence, bitbucket, ...) and the
// source product is the same as in the integration's User-Agent.
//
// The key of an installed app cannot change: an app with another key is
// another app, which every site must install anew. So the findings are
// for apps that are not registered yet, or for their next major
// version; for an app that is installed, silence them with
// //atlvet:ignore connectkey <reason>, or, for inconsistent, change the
// User-Agent instead.
//
// A descriptor is any of:
//
//   - a Go struct value (a composite literal, or an assignment to the
//     field) whose type has a field tagged json:"key" beside a descriptor
//     field: baseUrl, authentication, lifecycle, modules or apiVersion;
//   - a map[string]... literal with the keys "key" and "baseUrl";
//   - JSON text with the members "key" and "baseUrl" at its top level,
//     in a string literal (interpreted or raw) or a constant string
//     expression ("{" + ... + "}");
//   - a file named atlassian-connect.json embedded with //go:embed, when
//     the driver lets the analysis read the files a package embeds
//     (pass.ReadFile): the atlvet command on its own (text, -json,
//     -sarif, -fix) and its language server do; go vet, go fix,
//     golangci-lint and nogo do not, and there the directive is passed
//     over in silence. Only patterns that name the file exactly
//     (static/atlassian-connect.json) are read, not globs or
//     directories.
//
// A Jira issue ({"key": "ACME-1", "fields": ...}), an entity property
// ({"key": ..., "value": ...}) or a module inside the descriptor (its
// "modules" hold keys of their own) is no descriptor. Only a key that
// is a constant is judged: a key read from configuration, the
// environment or a variable (which -ldflags -X may set), or a template's
// placeholder ("{{key}}", "${APP_KEY}", "%s"), is not. Descriptors in
// _test.go files are fixtures, and those in generated files are not
// written by hand: neither is checked.
//
// # convention
//
// A constant descriptor key breaks the convention: upper case, spaces,
// no "-int", a version after it ("jira-acme-int/1.0.0", copied from a
// User-Agent, or "jira-acme-int-2"), the multi-product "atlassian-"
// where one product belongs, no Atlassian product in front
// ("acme-int", "com.acme.jira"), no source product, or other characters.
// Reported at the key's value expression in a Go descriptor; in JSON
// text, at the key's string inside the literal when the literal is one
// line, else at the literal (where a suppression comment can go); for an
// embedded file, at the //go:embed directive. When the only fault is
// upper case, the fix lower-cases the literal (at a named constant's
// declaration if the key is one, inside the JSON text where its bytes
// are written as they are read). The fix is offered only with
// -connectkey.newapp, which says the app was never installed: every
// driver's -fix applies the fixes it is offered, and lower-casing an
// installed app's key registers it again as a new app.
//
// # inconsistent
//
// A key that follows the convention names another source product than
// the User-Agent identity of the integration: the one required with
// -connectkey.identity, else the one the package's imports of the same
// module send, else the first the package sends itself (the identity
// useragent holds the package to when no hosts are declared). Another product with the same source is fine: a "jira-acme-int"
// key beside an "atlassian-acme-int/1.0.0" User-Agent. A package that
// neither sends a User-Agent nor imports one that does is not checked;
// keep the descriptor in (or under) the package that talks to
// Atlassian, or set -connectkey.identity. A key is reported once: for
// convention if it breaks it, else here.
//
// # Packages that do not type-check
//
// Descriptors are judged from their syntax and constants, so a package
// that does not type-check is judged too, as far as the type checker
// could make out its struct types and constants.
//
// # Flags
//
//	-connectkey.identity=jira-acme-int
//	    the identity whose source product every key must name; set it
//	    as -useragent.identity is set (a whole User-Agent such as
//	    "jira-acme-int/1.0.0" gives its identity, anything else is an
//	    error)
//	-connectkey.newapp
//	    the app was never installed, so its key may still change: offer
//	    the fix that lower-cases a key whose only fault is case
package connectkey
