# Builds, installs and tests passim.
#
#   make                              a release build (Swift's standard library linked in)
#   sudo make install                 into /usr/local; make install PREFIX=$HOME/.local for your home
#   make install DESTDIR=/tmp/stage   staged, for packaging
#   make uninstall                    removes what install put there (same PREFIX)
#   make test                         scripts/test: the whole suite
#
# `make install BINARY=path` installs a passim built elsewhere instead of building one.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

bindir := $(DESTDIR)$(PREFIX)/bin
man1dir := $(DESTDIR)$(PREFIX)/share/man/man1
bashdir := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
# passim looks for its entity data in ../share/passim beside its binary.
datadir := $(DESTDIR)$(PREFIX)/share/passim

gazetteer := $(notdir $(wildcard data/gazetteer/*.tsv))
tagger := $(notdir $(wildcard data/tagger/*))

.PHONY: build install uninstall test

build:
	$(SWIFT) build -c release --static-swift-stdlib --product passim

ifeq ($(origin BINARY),undefined)
BINARY := .build/release/passim
install: build
endif

install:
	install -d "$(bindir)" "$(man1dir)" "$(bashdir)" "$(zshdir)" "$(fishdir)" \
		"$(datadir)/gazetteer" "$(datadir)/tagger"
	install -m 755 "$(BINARY)" "$(bindir)/passim"
	install -m 644 man/passim.1 "$(man1dir)/passim.1"
	install -m 644 completions/passim.bash "$(bashdir)/passim"
	install -m 644 completions/_passim "$(zshdir)/_passim"
	install -m 644 completions/passim.fish "$(fishdir)/passim.fish"
	install -m 644 $(addprefix data/gazetteer/,$(gazetteer)) "$(datadir)/gazetteer/"
	install -m 644 $(addprefix data/tagger/,$(tagger)) "$(datadir)/tagger/"

uninstall:
	rm -f "$(bindir)/passim" "$(man1dir)/passim.1" "$(bashdir)/passim" "$(zshdir)/_passim" \
		"$(fishdir)/passim.fish" $(addprefix "$(datadir)/gazetteer/,$(addsuffix ",$(gazetteer))) \
		$(addprefix "$(datadir)/tagger/,$(addsuffix ",$(tagger)))
	-rmdir "$(datadir)/gazetteer" "$(datadir)/tagger" "$(datadir)" 2>/dev/null

test:
	scripts/test
