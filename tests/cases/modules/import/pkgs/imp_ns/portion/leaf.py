WHERE = "imp_ns.portion.leaf"
