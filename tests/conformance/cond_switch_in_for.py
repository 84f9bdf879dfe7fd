ops = "+-*+x"
acc = 1
for i, op in enumerate(ops):
    if op == "+":
        acc += i + 1
        continue
    if op == "-":
        acc -= 2
        continue
    if op == "*":
        acc *= 3
    print(f"at {i} acc={acc}")
print(f"acc={acc}")
