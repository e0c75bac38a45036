# StakeMap — the two commands a fresh Debian machine with Swift needs:
#   make demo   set up, build, summarise the Libya network, render its map, print its gaps,
#               write a mission plan and the shareable HTML report
#   make test   set up, then run the whole test suite
SWIFT ?= swift
BIN := .build/release/stakemap
# The release binary carries the Swift runtime and Foundation in itself (no dynamic loading
# of them at every start: 9 ms instead of 17 for `stakemap --version`), linked by the
# toolchain's lld.
RELEASE := -c release --static-swift-stdlib -Xswiftc -use-ld=lld
GRAPH := graphs/libya-wps.yaml
HOME_ACTOR := lwa
TARGETS := stephanie-williams,beatrice-le-fraper,hilary-childs,lars-tummers
OUT := out

.PHONY: demo test setup build clean bench

setup:
	@bash scripts/bootstrap

build: setup
	$(SWIFT) build $(RELEASE) --product stakemap

demo: build
	@mkdir -p $(OUT)
	$(BIN) validate $(GRAPH)
	$(BIN) stats $(GRAPH)
	$(BIN) centrality $(GRAPH) --measure betweenness,pagerank --top 10
	$(BIN) render $(GRAPH) -o $(OUT)/libya-wps.svg
	$(BIN) render $(GRAPH) -o $(OUT)/libya-wps.png --lang both
	$(BIN) gaps $(GRAPH) --home $(HOME_ACTOR) --targets $(TARGETS)
	$(BIN) plan $(GRAPH) --home $(HOME_ACTOR) --targets $(TARGETS) --format md -o $(OUT)/libya-plan.md
	$(BIN) report $(GRAPH) -o $(OUT)/libya-wps.html --lang both --home $(HOME_ACTOR) --targets $(TARGETS)
	@echo "wrote $(OUT)/libya-wps.svg, .png, libya-plan.md and libya-wps.html"

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: build
	scripts/bench

clean:
	rm -rf .build $(OUT)
