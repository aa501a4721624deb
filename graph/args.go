package graph

import "github.com/orgraph/orgraph/org"

// window turns the at/from/to arguments into an org.Window.
func window(at, from, to *org.Date) (org.Window, error) {
	var w org.Window
	switch {
	case at != nil && (from != nil || to != nil):
		return w, org.Errorf(org.Invalid, "give either at or from/to, not both (at: %q)", at.String())
	case at != nil:
		return org.At(*at), nil
	}
	if from != nil {
		w.From = *from
	}
	if to != nil {
		w.To = *to
	}
	if from != nil && to != nil && w.LastDay() < w.FirstDay() {
		return w, org.Errorf(org.Invalid, "from %q is after to %q", from.String(), to.String())
	}
	return w, nil
}

// parentWindow is the window of a parent(at:, certain:) field.
func parentWindow(at *org.Date, certain *bool, knownAt org.Date) org.Window {
	var w org.Window
	if at != nil {
		w = org.At(*at)
	}
	w.Certain, w.KnownAt = certain != nil && *certain, knownAt
	return w
}

// maxFirst bounds search results, so one query cannot ask for everything.
const maxFirst = 100

func checkFirst(first *int) (int, error) {
	n := 10
	if first != nil {
		n = *first
	}
	if n < 0 || n > maxFirst {
		return 0, org.Errorf(org.Invalid, "first must be between 0 and %d, got %d", maxFirst, n)
	}
	return n, nil
}
