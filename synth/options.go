package synth

import "fmt"

// Options are the generator's knobs. The rates of change are fixed (see the
// package documentation); what varies is the size, the seed and the span.
type Options struct {
	// People is how many people the dataset holds, leavers and hires included.
	People int
	// Seed picks one history among many; the same options give the same bytes.
	Seed uint64
	// From and To are the first and last years of the history (default
	// 2008–2022): the organisation as it stands in From, then a year of
	// changes in each later year up to To.
	From, To int
	// ChunkSize is how many records Write puts in one file (default 10,000),
	// so that no file of a large dataset is enormous.
	ChunkSize int
}

// The fixed rates of change per year, in thousandths: integers, so that no
// floating point (which may round differently from one machine to another)
// decides what is generated.
const (
	changeRate = 150 // people whose manager changes
	leaveRate  = 40  // positions whose holder leaves (and is replaced)
	mergeRate  = 4   // units merged into a sibling
	splitRate  = 3   // units a new unit splits from
	renameRate = 5   // units renamed
)

func (o Options) withDefaults() (Options, error) {
	if o.From == 0 && o.To == 0 {
		o.From, o.To = 2008, 2022
	}
	chunk, err := chunkSize(o.ChunkSize)
	o.ChunkSize = chunk
	switch {
	case o.People < 1:
		return o, fmt.Errorf("synth: people %d: want at least 1", o.People)
	case o.From < 1 || o.To > 9998 || o.To <= o.From:
		return o, fmt.Errorf("synth: years %d–%d: want 0001 ≤ from < to ≤ 9998", o.From, o.To)
	}
	return o, err
}

// chunkSize is n records a file, the default 10,000 when n is 0.
func chunkSize(n int) (int, error) {
	switch {
	case n == 0:
		return 10000, nil
	case n < 1:
		return n, fmt.Errorf("synth: chunk size %d: want at least 1", n)
	}
	return n, nil
}

// positions is how many positions the tree has: fewer than people, since
// every leaver's position is filled by a hire who is a new person.
func (o Options) positions() int {
	per := 1000 + leaveRate*(o.To-o.From)
	return max(1, (o.People*1000+per/2)/per)
}
