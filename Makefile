# StakeMap — the two commands a fresh Debian machine with Swift needs:
#   make demo   set up, build, render the Libya network and print its summary
#   make test   set up, then run the whole test suite
SWIFT ?= swift
BIN := .build/release/stakemap
GRAPH := graphs/libya-wps.yaml
OUT := out

.PHONY: demo test setup build clean bench

setup:
	@bash scripts/bootstrap

build: setup
	$(SWIFT) build -c release --product stakemap

demo: build
	@mkdir -p $(OUT)
	$(BIN) validate $(GRAPH)
	$(BIN) stats $(GRAPH)
	$(BIN) centrality $(GRAPH) --measure betweenness pagerank --top 10 || true
	$(BIN) render $(GRAPH) -o $(OUT)/libya-wps.svg && echo "wrote $(OUT)/libya-wps.svg" || true
	$(BIN) render $(GRAPH) -o $(OUT)/libya-wps.png --lang both && echo "wrote $(OUT)/libya-wps.png" || true

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

bench: build
	scripts/bench

clean:
	rm -rf .build $(OUT)
