ps = [("eve", 41), ("bob", 25), ("amy", 33), ("dan", 19), ("cat", 25)]
for name, age in sorted(ps, key=lambda p: p[1]):
    print(f"{name} {age}")
