// Package uuid is a stub of github.com/google/uuid.
package uuid

// A UUID is a 128 bit (16 byte) Universal Unique IDentifier.
type UUID [16]byte

// New creates a new random UUID or panics.
func New() UUID { return UUID{} }

// NewRandom returns a random (version 4) UUID.
func NewRandom() (UUID, error) { return UUID{}, nil }

// NewString creates a new random UUID and returns it as a string.
func NewString() string { panic("stub") }

// Must returns uuid if err is nil and panics otherwise.
func Must(uuid UUID, err error) UUID { return uuid }

// String returns the string form of uuid.
func (uuid UUID) String() string { panic("stub") }
