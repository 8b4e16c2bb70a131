x = rf'{x!}'
