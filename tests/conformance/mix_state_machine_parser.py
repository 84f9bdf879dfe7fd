import re
text = "x1 = 42+ foo_bar*(7 -y)"
n = 0
for m in re.finditer(r"\d+|[A-Za-z_][A-Za-z0-9_]*|\S", text):
    t = m.group(0)
    if t[0].isdigit():
        print(f"NUM {t}")
    elif t[0].isalpha() or t[0] == "_":
        print(f"NAME {t}")
    else:
        print(f"OP {t}")
    n += 1
print(f"tokens={n}")
