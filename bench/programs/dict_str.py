# Dict and str work: word frequencies over generated text, joins, splits, formatting.
words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
lines = []
for i in range(60000):
    lines.append(" ".join(words[(i * k) % len(words)] for k in range(1, 9)))
text = "\n".join(lines)

counts = {}
for line in text.split("\n"):
    for w in line.split():
        counts[w] = counts.get(w, 0) + 1

keys = {}
for i in range(400000):
    keys["k" + str(i % 5000)] = i
report = ", ".join(f"{w}={n}" for w, n in sorted(counts.items()))
print(report)
print(len(keys), sum(keys.values()) % 1000003, text.upper().count("ALPHA"))
