// Package loader reads a dataset (YAML files, documented in seeds/README.md),
// validates it with file:line messages and turns it into an org.Dataset that
// a store can ingest. Nothing is written anywhere unless every file is valid.
package loader

// file is one dataset file: any of these lists, all optional.
type file struct {
	Documents  []document `yaml:"documents"`
	People     []entity   `yaml:"people"`
	Units      []entity   `yaml:"units"`
	ReportsTo  []fact     `yaml:"reports_to"`
	Heads      []fact     `yaml:"heads"`
	PartOf     []fact     `yaml:"part_of"`
	MergedInto []fact     `yaml:"merged_into"`
	SplitFrom  []fact     `yaml:"split_from"`
	RenamedTo  []fact     `yaml:"renamed_to"`
	Events     []event    `yaml:"events"`
}

type document struct {
	pos       `yaml:"-"`
	ID        string `yaml:"id"`
	Language  string `yaml:"language"`
	Outlet    string `yaml:"outlet"`
	Published string `yaml:"published"`
	Title     string `yaml:"title"`
	Note      string `yaml:"note"`
}

// entity is a person or a unit; Kind, Founded and Dissolved are for units
// only, and bound the unit's lifespan when the lineage does not.
type entity struct {
	pos       `yaml:"-"`
	ID        string   `yaml:"id"`
	Name      string   `yaml:"name"`
	Kind      string   `yaml:"kind"`
	Founded   string   `yaml:"founded"`
	Dissolved string   `yaml:"dissolved"`
	Aliases   []string `yaml:"aliases"`
	Sources   []source `yaml:"sources"`
}

// fact is one relationship. Which keys name its ends depends on the list it
// is in (see ends in validate.go): person/manager, person/unit, unit/parent
// or unit/target.
type fact struct {
	pos      `yaml:"-"`
	Person   string   `yaml:"person"`
	Manager  string   `yaml:"manager"`
	Unit     string   `yaml:"unit"`
	Parent   string   `yaml:"parent"`
	Target   string   `yaml:"target"`
	Title    string   `yaml:"title"`
	From     string   `yaml:"from"`
	To       string   `yaml:"to"`
	Date     string   `yaml:"date"`
	Inferred bool     `yaml:"inferred"`
	Sources  []source `yaml:"sources"`
}

type event struct {
	pos     `yaml:"-"`
	ID      string   `yaml:"id"`
	Date    string   `yaml:"date"`
	Title   string   `yaml:"title"`
	Units   []string `yaml:"units"`
	People  []string `yaml:"people"`
	Sources []source `yaml:"sources"`
}

type source struct {
	pos  `yaml:"-"`
	Doc  string `yaml:"doc"`
	Note string `yaml:"note"`
}
