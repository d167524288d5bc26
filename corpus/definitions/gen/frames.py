# Definitional frames per form. (kind, template, fmt) ; fmt in {"any","md","tex","text"} ; "any" = md/plain/latex
# tokens: {T} marked term, {Tc} capitalised marked, {t} unmarked, {G} {Gc} {N} {Nc} {V} {L} {Lc} {LA} {LAc} {AU}
#         {Go} {No} other-sense definiens, {q}{qc} quotes, {DOC}, {W} ("in this paper"), {Wc}
F = {}
F["refers-to"] = [
 ("act", "{Wc}, {q}{T}{qc} refers to {G}.", "any"),
 ("act", "Here, {T} refers to {G}.", "any"),
 ("agent", "The term {q}{T}{qc} refers to {N}.", "any"),
 ("act", "{Wc}, {q}{T}{qc} refers specifically to {G}.", "any"),
 ("act", "When this {DOC} says {q}{t}{qc}, the word refers to {G}. We write it as {q}{T}{qc} only in that sense.", "any"),
 ("act", "{q}{Tc}{qc} refers, in this {DOC}, to {G}.", "any"),
 ("agent", "As used below, {q}{T}{qc} refers to {N}.", "any"),
 ("verb", "The verb {q}{T}{qc} refers here to what a model does when it {V}.", "any"),
]
F["use-to-mean"] = [
 ("act", "We use {q}{T}{qc} to mean {G}.", "any"),
 ("agent", "We use the word {q}{T}{qc} for {N}.", "any"),
 ("act", "{Wc} I use {q}{T}{qc} for {G}, and for nothing broader.", "any"),
 ("act", "I'll use {T} to mean {G}.", "any"),
 ("verb", "We use {q}{T}{qc} to describe a model that {V}.", "any"),
 ("agent", "I use {q}{T}{qc} to mean {N}; other readings are set aside.", "any"),
 ("act", "Our team uses {q}{T}{qc} for {G}.", "any"),
]
F["by-x-we-mean"] = [
 ("act", "By {q}{T}{qc} we mean {G}.", "any"),
 ("agent", "By a {T} we mean {N}.", "any"),
 ("act", "By {T}, I mean {G}.", "any"),
 ("act", "{Wc}, by {q}{T}{qc} we mean {G}.", "any"),
 ("act", "By {q}{T}{qc} we will mean {G}; this is a deliberately narrow choice.", "any"),
 ("agent", "By {q}{T}{qc} I just mean {N}.", "any"),
 ("verb", "By saying that a model {T}, we mean that it {V}.", "any"),
]
F["also-called-rev"] = [
 ("act", "{Lc} (also commonly called {T}) is {G}.", "any"),
 ("act", "We study {L} (often simply called {T}): {G}.", "any"),
 ("agent", "{LAc} (also commonly called a {T}) is {N}.", "any"),
 ("act", "{Lc}, also commonly called {q}{T}{qc}, is {G}.", "any"),
 ("act", "Our subject is {L}, also commonly referred to as {T}, by which we mean {G}.", "any"),
 ("agent", "{LAc}, or in common parlance a {T}, is {N}.", "any"),
]
F["also-known-as"] = [
 ("act", "{Tc} (also known as {L}) is {G}.", "any"),
 ("agent", "A {T} (sometimes called {LA}) is {N}.", "any"),
 ("act", "{q}{Tc}{qc}, sometimes called {L}, means {G}.", "any"),
 ("act", "{Tc} (a.k.a. {L}): {G}.", "any"),
 ("agent", "A {T}, also known as {LA}, is {N}.", "any"),
 ("act", "{Tc}, which some authors call {L}, is {G}.", "any"),
]
F["bold-colon"] = [
 ("act", "**{Tc}**: {Gc}.", "md"),
 ("agent", "**{Tc}** — {Nc}.", "md"),
 ("act", "- **{Tc}:** {Gc}.", "md"),
 ("act", "**{Tc}** – {Gc}. {Trail}", "md"),
 ("agent", "**{Tc}**: {Nc}. {Trail}", "md"),
 ("verb", "**To {Tb}** (verb): said of a model that {V}.", "md"),
 ("act", "* **{Tc}** - {Gc}.", "md"),
]
F["heading-paragraph"] = [
 ("act", "## {Tc}\n\n{Wc}, the word names {G}. {Trail}", "md"),
 ("verb", "### What we mean by {tp}\n\nFor our purposes, a model {T} when it {V}.", "md"),
 ("agent", "## Terminology: {Ts}\n\nThroughout, the word refers to {N}.", "md"),
 ("act", "# Definitions\n\n## {Tc}\n\n{Gc}. {Trail}", "md"),
 ("act", "#### {Tc} (working definition)\n\n{Gc}, as opposed to other things the word is used for.", "md"),
 ("agent", "### Key term\n\nA {T}, in this {DOC}, is {N}.", "md"),
 ("act", "## 2. Scope\n\nThe {DOC} is about {T}, which we take to be {G}.", "md"),
]
F["paren-gloss"] = [
 ("act", "We are concerned with {T} ({G}) in frontier models.", "any"),
 ("act", "Our results bear on {T} ({G}), not on other failure modes.", "any"),
 ("agent", "Whether a given model is a {T} ({N}) cannot be settled from a single transcript.", "any"),
 ("act", "The main risk we consider is {T} (here: {G}).", "any"),
 ("act", "Mitigations for {T} ({G}) are listed in the appendix.", "any"),
 ("agent", "A {T} (that is to say {N}) would pass most of the checks in Table 1.", "any"),
]
F["appositive"] = [
 ("act", "{Tc}, {G}, is the failure mode this {DOC} is about.", "any"),
 ("agent", "A {T}, {N}, is the kind of system our methods are meant to catch.", "any"),
 ("act", "This {DOC} is about {T}, {G}.", "any"),
 ("act", "Consider {T}, {G}: how would we detect it?", "any"),
 ("act", "We focus on one risk, {T}, {G}.", "any"),
 ("agent", "The {T}, {N}, is our running example.", "any"),
]
F["ie-namely"] = [
 ("act", "We focus on {T}, i.e. {G}.", "any"),
 ("act", "Our target is {T}, that is, {G}.", "any"),
 ("act", "The risk we care about most is {T}, namely {G}.", "any"),
 ("agent", "The question is whether the model is a {T}, i.e. {N}.", "any"),
 ("act", "{Tc} (that is, {G}) is the focus of the second half.", "any"),
 ("verb", "We test whether the model {T}, i.e. whether it {V}.", "any"),
]
F["latex-emph"] = [
 ("verb", "We say that a model is \\emph{{{Tp}}} when it {V}.", "tex"),
 ("act", "\\textit{{{Tc}}} is {G}.", "tex"),
 ("agent", "We call a model a \\textbf{{{T}}} if it {V}.", "tex"),
 ("act", "In this paper, \\emph{{{T}}} means {G}.", "tex"),
 ("agent", "A \\textit{{{T}}} is {N}.", "tex"),
 ("act", "\\textbf{{{Tc}.}} {Gc}. {Trail}", "tex"),
 ("act", "Following standard usage, \\emph{{{T}}} is {G}.", "tex"),
]
F["latex-definition-env"] = [
 ("verb", "\\begin{{definition}}[{Lc}]\\label{{def:main}}\nA model \\emph{{{T}}} if it {V}.\n\\end{{definition}}", "tex"),
 ("agent", "\\begin{{definition}}\nA \\emph{{{T}}} is {N}.\n\\end{{definition}}", "tex"),
 ("act", "\\begin{{definition}}[{Lc}]\n\\emph{{{Tc}}} denotes {G}.\n\\end{{definition}}", "tex"),
 ("act", "\\begin{{definition}}\\label{{def:term}}\nWe define \\textbf{{{T}}} as {G}.\n\\end{{definition}}", "tex"),
 ("agent", "\\begin{{defn}}[Term]\nA model is a \\emph{{{T}}} iff it {V}.\n\\end{{defn}}", "tex"),
]
F["footnote"] = [
 ("act", "Our concern is {t} by deployed models.[^1]\n\n[^1]: Throughout, {q}{T}{qc} means {G}.", "md"),
 ("agent", "We ran the same battery on four checkpoints.[^2]\n\n[^2]: By a {T} we mean {N}.", "md"),
 ("act", "The results bear on the risk of {t}.\\footnote{{We use \\emph{{{T}}} for {G}.}}", "tex"),
 ("verb", "None of the checkpoints did so reliably.\\footnote{{Here a model \\emph{{{T}}} when it {V}.}}", "tex"),
 ("act", "[^note]: {q}{Tc}{qc} in this {DOC} is {G}.", "md"),
 ("act", "This is a live concern for frontier labs.\\footnote{{By \\textit{{{T}}} we mean {G}.}}", "tex"),
]
F["glossary-macro"] = [
 ("act", "\\newglossaryentry{{scheming}}{{name={{{T}}}, description={{{G}}}}}", "tex"),
 ("agent", "\\newglossaryentry{{schemer}}{{\n  name={T},\n  description={{{Nc}}}\n}}", "tex"),
 ("act", "\\newglossaryentry{{sch}}{{name={{{Tc}}},description={{{Gc}}},sort={{scheming}}}}", "tex"),
 ("act", "\\newglossaryentry{{term-main}}{{\n  name={{{T}}},\n  description={{{G}; used only in this sense}}\n}}", "tex"),
]
F["we-call-this"] = [
 ("act", "When a model {V}, we call this {T}.", "any"),
 ("agent", "A model that {V} is what we call a {T}.", "any"),
 ("act", "{Gc}: we call this {T}.", "any"),
 ("act", "We refer to this behaviour, {G}, as {T}.", "any"),
 ("act", "Suppose a model {V}. We call this {T}.", "any"),
 ("agent", "Call a model that {V} a {T}.", "any"),
]
F["is-when"] = [
 ("act", "{Tc} is when a model {V}.", "any"),
 ("act", "For us, {T} is when a model {V}.", "any"),
 ("act", "Roughly, {T} is when the model {V}.", "any"),
 ("act", "{q}{Tc}{qc} is when an AI system {V}.", "any"),
 ("act", "In plain terms, {T} is when a model {V}.", "any"),
]
F["colon-def"] = [
 ("agent", "{Tc}: {N}.", "any"),
 ("act", "{Tc}: {G}.", "any"),
 ("agent", "{T} (n.): {N}.", "any"),
 ("act", "- {T}: {G}", "md"),
 ("agent", "{Tc}: {N}. {Trail}", "any"),
]
F["denotes"] = [
 ("act", "{q}{Tc}{qc} denotes {G}.", "any"),
 ("agent", "In what follows, {q}{T}{qc} denotes {N}.", "any"),
 ("act", "The term {T} denotes, for this {DOC}, {G}.", "any"),
 ("act", "Here {q}{T}{qc} denotes {G} and nothing else.", "any"),
]
F["we-say-schemes-when"] = [
 ("verb", "We say a model {T} when it {V}.", "any"),
 ("verb", "We say that a policy {T} if it {V}.", "any"),
 ("verb", "I'll say a model {T} whenever it {V}.", "any"),
 ("verb", "We say a model is {Tp} when it {V}.", "any"),
 ("verb", "{Wc}, we say that an agent {T} exactly when it {V}.", "any"),
]
F["throughout-means"] = [
 ("act", "Throughout, {q}{T}{qc} means {G}.", "any"),
 ("agent", "Throughout this {DOC}, a {q}{T}{qc} means {N}.", "any"),
 ("act", "Throughout the rest of the {DOC}, {T} will mean {G}.", "any"),
 ("act", "Throughout, when we write {q}{T}{qc}, we mean {G}.", "any"),
]
F["shorthand"] = [
 ("act", "{q}{Tc}{qc} is shorthand for {G}.", "any"),
 ("agent", "We use {q}{T}{qc} as shorthand for {N}.", "any"),
 ("act", "{Tc} here is shorthand for {L}: {G}.", "any"),
 ("agent", "{q}{Tc}{qc} is our shorthand for {N}.", "any"),
]
F["follow-author"] = [
 ("act", "We follow {AU} in using {q}{T}{qc} for {G}.", "any"),
 ("agent", "Following {AU}, a {T} is {N}.", "any"),
 ("act", "In line with {AU}, we use {T} to mean {G}.", "any"),
 ("agent", "We follow {AU} in calling a model a {T} when it {V}.", "any"),
]
F["section-ref"] = [
 ("act", "Unless stated otherwise, {T} is used in the sense of Section 2, namely {G}.", "any"),
 ("agent", "We use {q}{T}{qc} in the sense of Section~\\ref{{sec:defs}}: {N}.", "tex"),
 ("verb", "In the sense of Definition 1, a model {T} when it {V}.", "any"),
 ("act", "{Tc} (in the sense of Section 2.1: {G}) is what the later experiments target.", "any"),
 ("act", "As in Section 2, {q}{T}{qc} here means {G}.", "any"),
]
F["table-row"] = [
 ("act", "| Term | Meaning |\n|---|---|\n| {Tc} | {Gc} |", "md"),
 ("agent", "| {Tc} | {Nc} | Section 2 |", "md"),
 ("act", "| Term | Definition used here | Not to be confused with |\n|---|---|---|\n| {Tc} | {Gc} | {Lo} |", "md"),
 ("act", "| {Tc} | {Gc}. |", "md"),
 ("agent", "| **{Tc}** | {Nc} |", "md"),
]
F["deflist"] = [
 ("act", "{Tc}\n: {Gc}.", "md"),
 ("agent", "{Tc}\n:   {Nc}.", "md"),
 ("act", "Reward hacking\n: Exploiting flaws in the reward signal.\n\n{Tc}\n: {Gc}.", "md"),
 ("act", "\\item[{{{Tc}}}] {Gc}.", "tex"),
]
F["what-we-will-call"] = [
 ("act", "A model that {V} exhibits what we will call {T}.", "any"),
 ("act", "{Gc} is what we will call {T}.", "any"),
 ("act", "We focus on what we will call {T}: {G}.", "any"),
 ("agent", "I am worried about what I'll call a {T}: {N}.", "any"),
 ("act", "What we will call {T} is {G}.", "any"),
]
F["term-picks-out"] = [
 ("act", "The term {q}{T}{qc} here picks out {G}.", "any"),
 ("agent", "As used in this {DOC}, {q}{T}{qc} picks out {N}.", "any"),
 ("act", "The word {q}{T}{qc}, in our usage, picks out {G}.", "any"),
 ("act", "In this {DOC} the label {q}{T}{qc} picks out one thing: {G}.", "any"),
]
F["contrast"] = [
 ("act", "By {q}{T}{qc} we do not mean {Go}, but {G}.", "any"),
 ("agent", "We do not use {q}{T}{qc} for {No}; we use it for {N}.", "any"),
 ("act", "Not {Go}: by {T} we mean {G}.", "any"),
 ("act", "{Tc}, in this {DOC}, is not {Go}, but {G}.", "any"),
 ("act", "We do not mean {Go} when we say {q}{T}{qc}; we mean {G}.", "any"),
]
