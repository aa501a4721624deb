package org

import (
	"errors"
	"fmt"
)

// Code classifies an Error for clients; only the GraphQL error presenter and
// the CLI turn codes into what users see.
type Code string

// The error codes orgraph uses.
const (
	NotFound    Code = "NOT_FOUND"
	Invalid     Code = "INVALID"
	Unavailable Code = "UNAVAILABLE"
	Internal    Code = "INTERNAL"
)

// Error is orgraph's one error type: a code, a message safe to show to
// clients, and the underlying cause, which is never shown to them.
type Error struct {
	Code    Code
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf makes an Error with a formatted client-safe message.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// Wrap attaches a code and a client-safe message to a cause.
func Wrap(err error, code Code, msg string) *Error {
	return &Error{Code: code, Message: msg, Err: err}
}

// ErrorCode is the code of the first Error in err's chain, Internal otherwise.
func ErrorCode(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return Internal
}

// ErrorMessage is the client-safe message of err: an Error's message, or a
// generic one so that internal details never reach clients.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
