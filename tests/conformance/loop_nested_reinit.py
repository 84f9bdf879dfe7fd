import sys
for i in range(3):
    n = 0
    last = -1
    for j in range(3):
        cell = i * 3 + j
        sys.stdout.write(f"c{cell} ")
        n += 1
        last = cell
    print(f"| n={n} last={last}")
