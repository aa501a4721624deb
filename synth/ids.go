package synth

// Ids are a kind prefix and a zero-padded number, so they sort in creation
// order and never clash across kinds.
func padded(prefix string, n, width int) string {
	b := make([]byte, 0, len(prefix)+width+2)
	return string(appendPadded(append(b, prefix...), n, width))
}

func personID(i int32) string { return padded("p", int(i)+1, 7) }
func unitID(u int32) string   { return padded("u", int(u)+1, 6) }
func docID(i int) string      { return padded("doc-", i+1, 4) }
func eventID(i int) string    { return padded("ev-", i+1, 5) }
