package jirarest

import (
	"bytes"
	"context"
	"net/http"
)

// Hooks registers and removes dynamic webhooks. Its requests take
// their headers whole from a template the constructor fills.
type Hooks struct {
	site   string
	header http.Header
	hc     *http.Client
}

// NewHooks returns the webhook client of a site.
func NewHooks(site string) *Hooks {
	return &Hooks{
		site:   site,
		header: http.Header{"Accept": {"application/json"}, "Content-Type": {"application/json"}},
		hc:     &http.Client{},
	}
}

func (h *Hooks) send(ctx context.Context, method, path string, body []byte) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, method, h.site+"/rest/api/3/webhook"+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header = h.header.Clone()
	// MISTAKE(useragent/default): the template holds no User-Agent.
	return h.hc.Do(req)
}

// Register registers webhooks.
func (h *Hooks) Register(ctx context.Context, body []byte) error {
	res, err := h.send(ctx, http.MethodPost, "", body)
	return decode(res, err, nil)
}

// Refresh extends the life of webhooks.
func (h *Hooks) Refresh(ctx context.Context, body []byte) error {
	res, err := h.send(ctx, http.MethodPut, "/refresh", body)
	return decode(res, err, nil)
}

// Remove deletes webhooks.
func (h *Hooks) Remove(ctx context.Context, body []byte) error {
	res, err := h.send(ctx, http.MethodDelete, "", body)
	return decode(res, err, nil)
}
