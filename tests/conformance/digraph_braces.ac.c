/* Digraph braces (<% %>, C95) around an async function's body and blocks
 * in it. */
#include <asyncc.h>
#include <stdio.h>

async int v(int x)
<%
    await ac_yield();
    return x;
%>

async int twice(int x) {
    int y = await v(x);
    if (y > 0) <%
        y += await v(y);
    %>
    return y;
%>

async int amain(void)
<%
    printf("%d %d\n", await v(1), await twice(2));
    return 0;
}

int main(void)
{
    return ac_run(amain());
}
