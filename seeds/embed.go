// Package seeds embeds orgraph's built-in dataset, the Alibaba Taobao/Tmall
// restructurings of 2008-2022, so the binary serves it with no files beside it.
// The format is documented in README.md in this folder.
package seeds

import "embed"

// FS holds the dataset's YAML files at its root.
//
//go:embed *.yaml
var FS embed.FS
