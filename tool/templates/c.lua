-- c.lua - the templates that spell asyncc's output in C.
--
-- The tool's lowering (tool/src/lower.c) hands over a tree of plain tables:
-- what to emit, never how. This file owns every piece of generated syntax:
-- the names of generated symbols, the frame struct, the resume function
-- with its dispatch, the entry points, and the code of each suspension
-- point. Substitution is strict: a template variable that is missing, or
-- is not a string or a number, is an error (as in Pallene's util.render).
--
-- Generated code is spelled on one line, and the user's text that follows
-- it goes back to its own line, so that gdb, __LINE__ and diagnostics see
-- the lines of the file (see pieces.lines).

local M = {}

-- ---- strict template filling --------------------------------------------

local function fill(template, vars)
    return (template:gsub("%$(%b{})", function(key)
        local name = key:sub(2, -2)
        local value = vars[name]
        local t = type(value)
        if t ~= "string" and t ~= "number" then
            error(("template variable '%s' is %s"):format(name,
                value == nil and "missing" or "a " .. t), 0)
        end
        return tostring(value)
    end))
end

-- ---- names ---------------------------------------------------------------

local function sym(fn, what) return fn.name .. "__ac_" .. what end
local function frame_struct(fn) return "struct " .. sym(fn, "frame") end

-- ---- declarators ---------------------------------------------------------

-- A declaration of `name` with type `ty` ({prefix, suffix}).
local function decl(ty, name)
    local prefix = ty.prefix
    if name == "" then prefix = prefix:gsub(" $", "") end
    return prefix .. name .. ty.suffix
end

local function type_name(ty) return decl(ty, "") end

-- A declaration of `name` as a pointer to `ty`.
local function ptr_decl(ty, name)
    if ty.suffix:match("^[%[%(]") then return decl(ty, "(*" .. name .. ")") end
    return decl(ty, "*" .. name)
end

local function storage(fn) return fn.static and "static " or "" end

-- `lv = v` (an expression) as C allows it: a struct with a const member,
-- which C never assigns, is copied as bytes from an array of one element
-- that v initialises.
local function assign(lv, v, ty)
    if ty.unassignable then
        return fill("ac__copy((void *)&${lv}, (const void *)&(${t}){ ${v} }, " ..
            "sizeof ${lv})", { lv = lv, t = decl(ty, "[1]"), v = v })
    end
    return lv .. " = " .. v
end

local function store(lv, v, ty) return assign(lv, v, ty) .. ";" end

-- The parameter list of an entry point: leading fixed parameters, then the
-- result pointer (unless void), then the function's own parameters.
local function params(fn, lead, with_ret)
    local out = {}
    for _, p in ipairs(lead) do out[#out + 1] = p end
    if with_ret and not fn.ret.void then
        out[#out + 1] = ptr_decl(fn.ret, "ac_ret")
    end
    for i, p in ipairs(fn.params) do
        out[#out + 1] = decl(p.type, "ac_a" .. (i - 1))
    end
    if #out == 0 then return "void" end
    return table.concat(out, ", ")
end

local function args(fn, lead, with_ret)
    local out = {}
    for _, a in ipairs(lead) do out[#out + 1] = a end
    if with_ret and not fn.ret.void then out[#out + 1] = "ac_ret" end
    for i = 1, #fn.params do out[#out + 1] = "ac_a" .. (i - 1) end
    return table.concat(out, ", ")
end

local function frame_size(fn)
    if fn.defined then return "sizeof(" .. frame_struct(fn) .. ")" end
    return sym(fn, "size")
end

-- ---- code pieces ---------------------------------------------------------

local render

local function render_list(list)
    local out = {}
    for i, piece in ipairs(list) do out[i] = render(piece) end
    return table.concat(out)
end

-- Statements, one after the other on a line.
local function render_stmts(list)
    local out = {}
    for _, piece in ipairs(list) do
        local s = render(piece)
        if s ~= "" then out[#out + 1] = s end
    end
    return table.concat(out, " ")
end

local function call_args(call, result, void)
    local out = {}
    if result then out[#out + 1] = result end
    if not result and not void then out[#out + 1] = "NULL" end
    for _, a in ipairs(call.args) do out[#out + 1] = render_list(a) end
    return table.concat(out, ", ")
end

local function result_ref(p)
    return p.result and ("&ac_fr->" .. p.result) or nil
end

local function suspend(state, start)
    return fill("ac_fr->ac_hdr.ac_state = ${n}; ${start} ac_resume_${n}:;",
        { n = state, start = start })
end

-- The type of an await entry point: int (*)(ac_task *, R *, P...).
local function await_entry_type(sig)
    local ps = { "ac_task *" }
    if not sig.ret.void then ps[#ps + 1] = ptr_decl(sig.ret, "") end
    for _, t in ipairs(sig.params) do ps[#ps + 1] = type_name(t) end
    return "int (*)(" .. table.concat(ps, ", ") .. ")"
end

local pieces = {}
local current = {} -- the definition being rendered: {fn, path}

-- A #line directive: the next line is `line` of `path`.
local function line_marker(line, path)
    return ("#line %d \"%s\"\n"):format(line, path)
end

-- Code that asyncc makes (entry points, task glue) has no line of its own
-- in the source. Each such function is written on one line, under a #line
-- of the declaration it serves, as compilers attribute the code they make
-- to a declaration (a C++ implicit constructor, to its class): gdb shows
-- that line in a backtrace, and a breakpoint on any other line of the
-- source lands in the user's code only.
local function glue_at(line, code)
    return line_marker(line, current.path) ..
        (code:gsub("\n%s*", " "):gsub(" $", "")) .. "\n"
end

-- Inside a statement with generated code, each piece of the user's text
-- is marked with its line ("\1LINE\2"); pieces.lines turns the marks into
-- the newlines that put the text back on its line.
local lines_depth = 0

function pieces.text(p)
    if lines_depth == 0 then return p.text end
    return ("\1%d\2"):format(p.line) .. p.text
end

-- `s` without line marks, for tests on its spelling.
local function unmarked(s) return (s:gsub("\1%d+\2", "")) end

-- The line after `chunk`, which starts on line `line`: newlines count,
-- and a #line directive renumbers the line after it.
local function line_after(line, chunk)
    for rest in chunk:gmatch("\n([^\n]*)") do
        line = tonumber(rest:match("^#line (%d+)")) or line + 1
    end
    return line
end

-- Replaces the line marks of `text`, which starts on line `line`, by what
-- brings each marked piece to its line: newlines down to it, or, for a
-- piece that comes after text of a later line (the statement after the
-- awaited call whose arguments were hoisted before it, the increment of a
-- `for` after its body), a #line directive back up to it. Such a piece
-- starts its statement's text or follows generated code, so the directive
-- never lands among a macro's arguments. Returns the text and the line it
-- ends on.
local function settle_lines(text, line)
    local out, pos = {}, 1
    for s, mark, e in text:gmatch("()\1(%d+)\2()") do
        local chunk = text:sub(pos, s - 1)
        out[#out + 1] = chunk
        line = line_after(line, chunk)
        local want = tonumber(mark)
        if want > line then
            out[#out + 1] = ("\n"):rep(want - line)
        elseif want < line then
            out[#out + 1] = "\n" .. line_marker(want, current.path)
        end
        line = want
        pos = e
    end
    local rest = text:sub(pos)
    out[#out + 1] = rest
    return table.concat(out), line_after(line, rest)
end

-- A statement with generated code, which is spelled on one line: its text
-- keeps its lines, and it ends on the statement's last line; if the code
-- took more lines, a #line directive puts the lines after it back.
function pieces.lines(p)
    lines_depth = lines_depth + 1
    local body = render_list(p.body)
    lines_depth = lines_depth - 1
    local text, line = settle_lines(body, p.end_line - p.lines)
    if line <= p.end_line then
        return text .. ("\n"):rep(p.end_line - line)
    end
    return text .. "\n" .. line_marker(p.end_line, current.path)
end

-- A frame member as an lvalue. A local whose type the function declares
-- (not spelled at file scope), or with an alignment of its own, is kept as
-- bytes (so aligned), and read through a pointer to its type, which its
-- uses see. So is one aligned past the frame's alignment, at the first
-- address of its bytes so aligned.
local function frame_lvalue(field, ty)
    if ty and ty.over_aligned then
        return ("(*(%s)ac__align_up(ac_fr->%s, %d))"):format(
            ptr_decl(ty, ""), field, ty.align)
    elseif ty and ty.bytes then
        return ("(*(%s)(void *)ac_fr->%s)"):format(ptr_decl(ty, ""), field)
    end
    return "ac_fr->" .. field
end

-- The size and alignment of the frame's bytes for a value of type ty: an
-- over-aligned one gets bytes at the frame's alignment with room to move
-- to its own.
local function frame_bytes(ty)
    if ty.over_aligned then
        return ty.size + ty.align - ty.frame_align, ty.frame_align
    end
    return ty.size, ty.align
end

function pieces.var(p) return frame_lvalue(p.field, p.type) end

-- The value of a && b kept in a _Bool, as the int that C gives for it.
function pieces.truth(p) return ("(ac_fr->%s != 0)"):format(p.field) end

-- The value of an await of a void function.
function pieces.void_value() return "((void)0)" end

-- An await in an operand C never evaluates (sizeof, _Generic's controlling
-- expression): a call, never made, of a null function pointer of its type.
function pieces.unevaluated(p)
    return ("((%s(*)(void)%s)0)()"):format(p.type.prefix, p.type.suffix)
end

-- A macro invocation that makes a string of its argument (assert), spelled
-- as written between macros that give its names their meaning in the
-- frame; #line directives keep its text, and what follows it, on their
-- lines.
function pieces.quote(p)
    local out = {"\n"}
    for _, d in ipairs(p.defs) do
        out[#out + 1] = ('#pragma push_macro("%s")\n#undef %s\n'
            .. "#define %s%s (%s)\n"):format(d.name, d.name, d.name,
            d.call and "(...)" or "", render_list(d.value))
    end
    out[#out + 1] = line_marker(p.first_line, current.path)
    out[#out + 1] = render_list(p.body)
    out[#out + 1] = "\n"
    for i = #p.defs, 1, -1 do
        out[#out + 1] = ('#pragma pop_macro("%s")\n'):format(p.defs[i].name)
    end
    out[#out + 1] = line_marker(p.last_line, current.path)
    return table.concat(out)
end

function pieces.await(p)
    local call = p.call
    local a = call_args(call, result_ref(p), p.void)
    if call.pointer then
        -- An async function pointer holds its function's await entry
        -- point; `void (*)(void)` between the casts keeps -Wcast-function-
        -- type quiet, as it is meant to.
        return suspend(p.state, fill(
            "return ((${t})(void (*)(void))(${f}))(ac_tk${sep}${args});",
            { t = await_entry_type(call.sig), f = render_list(call.pointer),
              sep = a == "" and "" or ", ", args = a }))
    end
    if p.embed then
        return suspend(p.state, fill(
            "return ac__call(ac_tk, ${init}(&ac_fr->ac_sub.${m}${sep}${args}));",
            { init = call.callee .. "__ac_init", m = p.embed,
              sep = a == "" and "" or ", ", args = a }))
    end
    return suspend(p.state, fill("return ${await}(ac_tk${sep}${args});",
        { await = call.callee .. "__ac_await", sep = a == "" and "" or ", ",
          args = a }))
end

-- Glue that the item being rendered needs before it (ac_pcall_N).
local pending_glue, pcall_count = {}, 0

-- A task running a call through an async function pointer: its root frame
-- holds the pointer and the arguments, and on its first run awaits the
-- pointee through its await entry point. `kind` is "spawn" (a new task of
-- the running loop) or "run" (ac_run: a loop of its own, the result
-- returned). Gives the frame's struct and the code, apart.
local function pcall_glue(n, sig, kind)
    local entry = await_entry_type(sig)
    local fields, params, stores, args = {}, {}, {}, {}
    for i, t in ipairs(sig.params) do
        local a = "ac_a" .. (i - 1)
        fields[#fields + 1] = "    " .. decl(t, a) .. ";\n"
        params[#params + 1] = ", " .. decl(t, a)
        stores[#stores + 1] = "    " .. store("ac_c->" .. a, a, t) .. "\n"
        args[#args + 1] = ", ac_c->" .. a
    end
    local ret = not sig.ret.void
    local vals = { n = n, entry_decl = entry:gsub("%(%*%)", "(*ac_fn)", 1),
        ret_field = ret and "    " .. ptr_decl(sig.ret, "ac_ret") .. ";\n" or "",
        fields = table.concat(fields), ret_arg = ret and ", ac_c->ac_ret" or "",
        args = table.concat(args), params = table.concat(params),
        stores = table.concat(stores) }
    local frame = fill([[
AC__FRAME_BEGIN struct ac_pcall_${n} {
    ac_frame ac_hdr;
    ${entry_decl};
${ret_field}${fields}}; AC__FRAME_END
]], vals)
    local resume = fill([[
static int ac_pcall_${n}__resume(ac_frame *ac_f, ac_task *ac_tk)
{
    struct ac_pcall_${n} *ac_c = (struct ac_pcall_${n} *)ac_f;
    if (ac_f->ac_state == 0) {
        ac_f->ac_state = 1;
        return ac_c->ac_fn(ac_tk${ret_arg}${args});
    }
    return ac__return(ac_tk, ac_f);
}
]], vals)
    local init = fill([[
    struct ac_pcall_${n} *ac_c = ac__task_frame(ac_tk);
    ac_c->ac_hdr.ac_resume = ac_pcall_${n}__resume;
    ac_c->ac_hdr.ac_parent = NULL;
    ac_c->ac_hdr.ac_state = 0;
    ac_c->ac_hdr.ac_alloc = 0;
    ac_c->ac_fn = ac_fn;
${stores}]], vals)
    local entry
    if kind == "run" then
        entry = fill([[
static ${proto}
{
${ret_local}    ac_task *ac_tk = ac__run_begin(sizeof(struct ac_pcall_${n}));
${init}${ret_store}    ac__run_end(ac_tk);
${ret_back}}
]], { n = n, init = init,
      proto = decl(sig.ret, ("ac_pcall_%d__run(%s%s)"):format(n,
          vals.entry_decl, vals.params)),
      ret_local = ret and "    " .. decl(sig.ret, "ac_r") .. " = {0};\n" or "",
      ret_store = ret and "    ac_c->ac_ret = &ac_r;\n" or "",
      ret_back = ret and "    return ac_r;\n" or "" })
    else
        entry = fill([[
static AC__MAYBE_UNUSED ac_task *ac_pcall_${n}__spawn(${entry_decl}${params})
{
    ac_task *ac_tk = ac__task_new(sizeof(struct ac_pcall_${n}), ${rsize});
${init}${ret_store}    return ac__task_start(ac_tk);
}
]], { n = n, entry_decl = vals.entry_decl, params = vals.params, init = init,
      rsize = ret and "sizeof(" .. type_name(sig.ret) .. ")" or "0",
      ret_store = ret and ("    ac_c->ac_ret = (%s)ac__task_result(ac_tk);\n")
          :format(ptr_decl(sig.ret, "")) or "" })
    end
    return { struct = frame, code = { resume, entry } }
end

-- The call of a task entry point (kind "spawn" or "run") for `call`: a
-- name's own glue, or glue made here for a call through a pointer.
local function task_call(call, kind)
    local args = call_args(call, nil, true)
    if call.pointer then
        pcall_count = pcall_count + 1
        pending_glue[#pending_glue + 1] = pcall_glue(pcall_count, call.sig, kind)
        return fill("ac_pcall_${n}__${kind}((${t})(void (*)(void))(${f})${sep}${a})",
            { n = pcall_count, kind = kind, t = await_entry_type(call.sig),
              f = render_list(call.pointer), sep = args == "" and "" or ", ",
              a = args })
    end
    return fill("${f}__ac_${kind}(${args})",
        { f = call.callee, kind = kind, args = args })
end

local function spawn_call(call) return task_call(call, "spawn") end

function pieces.gather(p)
    local adds = {}
    for i, call in ipairs(p.calls) do
        adds[i] = "ac__gather_add(ac_g, " .. spawn_call(call) .. ");"
    end
    return suspend(p.state, fill(
        "{ ac_frame *ac_g = ac__gather_new(${ret}, ${n}); ${adds} " ..
        "return ac__call(ac_tk, ac_g); }",
        { ret = result_ref(p) or "NULL", n = #p.calls,
          adds = table.concat(adds, " ") }))
end

function pieces.spawn(p) return spawn_call(p.call) end

-- A statement a macro made, with a `return` in the macro's body: `return`
-- is redefined around it so that `return v;` stores v and completes the
-- frame (the for runs its body once, then the inner, real return). The
-- user's `if (c) return v;` would then warn of a dangling else (and a
-- `return;` of an empty else), constructs of the macro, not the user's:
-- those warnings are off around it.
function pieces.macro_returns(p)
    local store = current.fn.ret.void and "" or
        " *(ac_fr->ac_ret ? ac_fr->ac_ret : &ac_fr->ac_drop) ="
    return fill([[

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdangling-else"
#pragma GCC diagnostic ignored "-Wempty-body"
#define return for (int ac_once = 0;; ac_once = 1) if (ac_once) return ac__return(ac_tk, &ac_fr->ac_hdr); else${store}
#line ${line} "${path}"
${body}
#undef return
#pragma GCC diagnostic pop
#line ${end_line} "${path}"
]], { store = store, line = p.line, path = current.path,
      body = render_list(p.body), end_line = p.end_line })
end

-- A compound literal moved to the frame: copied into its member, which
-- then stands for it as an lvalue.
function pieces.complit(p)
    return fill("(*(${t})ac__copy((void *)&ac_fr->${f}, (const void *)&${v}, " ..
        "sizeof ac_fr->${f}))",
        { t = ptr_decl(p.type, ""), f = p.field, v = render_list(p.value) })
end

-- An async function as a value: its await entry point, typed as a pointer
-- to the function (what the async function pointer type says).
function pieces.fnref(p)
    return fill("((${t})(void (*)(void))${f})", {
        t = ptr_decl(p.type, ""), f = p.callee .. "__ac_await" })
end

function pieces.run(p) return task_call(p.call, "run") end

local COMPLETE = "return ac__return(ac_tk, &ac_fr->ac_hdr);"

-- The value is computed whether or not the awaiter takes it (`await f();`
-- drops it): its side effects are part of the return.
function pieces.return_(p)
    if p.value and not p.void then
        return fill("{ ${rv} = (${v}); if (ac_fr->ac_ret) ${store} ${done} }",
            { rv = decl(current.fn.ret, "ac_rv"), v = render_list(p.value),
              store = store("*ac_fr->ac_ret", "ac_rv", current.fn.ret),
              done = COMPLETE })
    elseif p.value then
        return fill("{ ${v}; ${done} }",
            { v = render_list(p.value), done = COMPLETE })
    end
    return COMPLETE
end

-- `{ items }`: statements that belong together.
function pieces.block(p)
    return "{ " .. render_stmts(p.items) .. " }"
end

-- An expression statement on a value; nothing for an empty value. With
-- `discard`, the value is cast away as C discards it silently (the last
-- operand of `n += 1, await f();` becomes a frame temporary).
function pieces.stmt(p)
    local v = render_list(p.value)
    if unmarked(v):match("^%s*$") then return "" end
    if p.discard then return "(void)(" .. v .. ");" end
    return v .. ";"
end

-- A statement given as text (it carries its own terminator).
function pieces.stmt_text(p) return render_list(p.value) end

-- An early evaluation into a frame temporary.
function pieces.set(p)
    return store(frame_lvalue(p.field, p.type), render_list(p.value), p.type)
end

-- a && b, a || b whose right side awaits.
function pieces.short_circuit(p)
    return fill("ac_fr->${f} = !!(${l}); if (${neg}ac_fr->${f}) { ${pre} " ..
        "ac_fr->${f} = !!(${r}); }", { f = p.field,
        l = render_list(p.left), neg = p.op == "||" and "!" or "",
        pre = render_stmts(p.pre), r = render_list(p.right) })
end

-- The frame's bytes for a value of a type the function declares were
-- sized by asyncc's parse: the compiler checks they fit.
local function layout_check(ty, what)
    return fill("{ _Static_assert(sizeof(${t}) == ${size} && " ..
        "_Alignof(${t}) <= ${align}, \"asyncc: the frame's bytes for ${what} " ..
        "do not fit its type; give asyncc the compiler's target flags\"); }",
        { t = type_name(ty), size = ty.size, align = ty.align, what = what })
end

-- c ? a : b whose branches await.
function pieces.choose(p)
    local function branch(pre, v)
        local value = render_list(v)
        local tail
        if p.field then
            tail = store(frame_lvalue(p.field, p.type), value, p.type)
        else
            tail = unmarked(value):match("^%s*$") and "" or value .. ";"
        end
        return "{ " .. render_stmts(pre) .. " " .. tail .. " }"
    end
    local check = ""
    if p.field and p.type.bytes then
        check = layout_check(p.type, "a value of ?:") .. " "
    end
    -- `!!`: the condition may be a parenthesised `(a == b)`, which clang's
    -- -Wparentheses-equality would take for a mistyped assignment
    return fill("${check}if (!!(${c})) ${a} else ${b}", { check = check,
        c = render_list(p.cond), a = branch(p.pre_a, p.a),
        b = branch(p.pre_b, p.b) })
end

function pieces.if_break(p)
    return "if (!(" .. render_list(p.cond) .. ")) break;"
end

-- A loop rebuilt around an await in its condition or increment.
function pieces.loop(p)
    return fill("for (;;) { ${head} ${body} ${tail} }", {
        head = render_stmts(p.head), body = render_list(p.body),
        tail = render_stmts(p.tail) })
end

function pieces.label(p) return ("ac_cont_%d:;"):format(p.label) end

function pieces.goto_(p) return ("goto ac_cont_%d;"):format(p.label) end

-- One initialisation of a frame local, as an expression.
local function init_expr(i)
    local lv = frame_lvalue(i.field, i.type)
    local value = render_list(i.value)
    if not i.copy then return assign(lv, value, i.type) end
    if not i.braced and not unmarked(value):match("^%s*{") then
        value = "{ " .. value .. " }" -- a string for an array, a value
    end
    return fill("ac__copy((void *)&${lv}, (const void *)&(${t})${v}, sizeof ${lv})",
        { lv = lv, t = type_name(i.type), v = value })
end


-- A declaration statement whose locals moved (some of them) to the frame:
-- stores into the frame, declarations of the C locals, and what their
-- initializers need first. As the init clause of a for: one expression.
function pieces.frame_decl(p)
    local out = {}
    for _, i in ipairs(p.inits) do
        if i.kind == "init" then
            if i.type.bytes and not p.for_init then
                out[#out + 1] = layout_check(i.type, "'" .. i.name .. "'")
            end
            if i.value then
                out[#out + 1] = init_expr(i) .. (p.for_init and "" or ";")
            end
        elseif i.kind == "local_decl" then
            -- its attributes start a declaration of it alone
            local d = (i.attrs and i.attrs .. " " or "") .. decl(i.type, i.name)
            if i.value then d = d .. " = " .. render_list(i.value) end
            out[#out + 1] = d .. ";"
        else
            out[#out + 1] = render(i)
        end
    end
    if p.for_init then return table.concat(out, ", ") .. ";" end
    return table.concat(out, " ")
end

function render(piece)
    if piece.kind == nil then return render_list(piece) end
    local f = pieces[piece.kind] or pieces[piece.kind .. "_"]
    if not f then error("no template for piece '" .. piece.kind .. "'", 0) end
    return f(piece)
end

-- ---- entry points and glue -----------------------------------------------

local function proto_init(fn)
    return fill("${st}ac_frame *${init}(${params})", { st = storage(fn),
        init = sym(fn, "init"), params = params(fn, { "void *ac_mem" }, true) })
end

local function proto_await(fn)
    return fill("${st}int ${await}(${params})", { st = storage(fn),
        await = sym(fn, "await"),
        params = params(fn, { "ac_task *ac_tk" }, true) })
end

local function proto_spawn(fn)
    return fill("static AC__MAYBE_UNUSED ac_task *${f}(${params})",
        { f = sym(fn, "spawn"), params = params(fn, {}, false) })
end

local function proto_run(fn)
    local name = sym(fn, "run") .. "(" .. params(fn, {}, false) .. ")"
    return "static AC__MAYBE_UNUSED " .. decl(fn.ret, name)
end

local function def_spawn(fn)
    local init_args = { "ac__task_frame(ac_tk)" }
    if not fn.ret.void then
        init_args[#init_args + 1] = "(" .. ptr_decl(fn.ret, "") .. ")" ..
            "ac__task_result(ac_tk)"
    end
    for i = 1, #fn.params do init_args[#init_args + 1] = "ac_a" .. (i - 1) end
    return fill([[
${proto}
{
    ac_task *ac_tk = ac__task_new(${size}, ${rsize});
    ${init}(${args});
    return ac__task_start(ac_tk);
}
]], { proto = proto_spawn(fn), size = frame_size(fn),
      rsize = fn.ret.void and "0" or "sizeof(" .. type_name(fn.ret) .. ")",
      init = sym(fn, "init"), args = table.concat(init_args, ", ") })
end

local function def_run(fn)
    if fn.ret.void then
        return fill([[
${proto}
{
    ac_task *ac_tk = ac__run_begin(${size});
    ${init}(ac__task_frame(ac_tk)${sep}${args});
    ac__run_end(ac_tk);
}
]], { proto = proto_run(fn), size = frame_size(fn), init = sym(fn, "init"),
      sep = #fn.params > 0 and ", " or "", args = args(fn, {}, false) })
    end
    return fill([[
${proto}
{
    ${r} = {0};
    ac_task *ac_tk = ac__run_begin(${size});
    ${init}(ac__task_frame(ac_tk), &ac_r${sep}${args});
    ac__run_end(ac_tk);
    return ac_r;
}
]], { proto = proto_run(fn), r = decl(fn.ret, "ac_r"), size = frame_size(fn),
      init = sym(fn, "init"), sep = #fn.params > 0 and ", " or "",
      args = args(fn, {}, false) })
end

-- Declarations that make fn's entry points usable from here on; for a
-- function defined in another file, also its glue, on `line`. asyncc.h
-- declares the runtime's own entry points.
local function decls(fn, line)
    local out = {}
    if not fn.runtime then
        out[#out + 1] = proto_init(fn) .. ";"
        if not fn.static or fn.need_await then
            out[#out + 1] = proto_await(fn) .. ";"
        end
        if not fn.static then
            out[#out + 1] = "extern const size_t " .. sym(fn, "size") .. ";"
        end
    end
    if fn.defined then
        if fn.need_spawn then out[#out + 1] = proto_spawn(fn) .. ";" end
        if fn.need_run then out[#out + 1] = proto_run(fn) .. ";" end
    end
    local text = #out > 0 and table.concat(out, "\n") .. "\n" or ""
    if fn.defined or not (fn.need_spawn or fn.need_run) then return text end
    if fn.need_spawn then text = text .. glue_at(line, def_spawn(fn)) end
    if fn.need_run then text = text .. glue_at(line, def_run(fn)) end
    return text
end

-- ---- an async function definition -----------------------------------------

-- Frame members: locals (fields), and anonymous unions of the member lists
-- of sibling scopes, which never live at the same time.
local function member_lines(members, indent, lines)
    for _, m in ipairs(members) do
        if m.kind == "field" and (m.type.bytes or m.type.over_aligned) then
            local size, align = frame_bytes(m.type)
            lines[#lines + 1] = ("%s_Alignas(%d) unsigned char %s[%d];")
                :format(indent, align, m.name, size)
        elseif m.kind == "field" then
            lines[#lines + 1] = indent .. decl(m.type, m.name) .. ";"
        else
            lines[#lines + 1] = indent .. "union {"
            for _, s in ipairs(m.structs) do
                if #s == 1 and s[1].kind == "field" then
                    member_lines(s, indent .. "    ", lines)
                else
                    lines[#lines + 1] = indent .. "    struct {"
                    member_lines(s, indent .. "        ", lines)
                    lines[#lines + 1] = indent .. "    };"
                end
            end
            lines[#lines + 1] = indent .. "};"
        end
    end
end

local frame_sizes -- name -> {size, align}, for the file being rendered

-- The frame members for the temporaries: those of different statements
-- (groups) never live at once and share storage in a union; a compound
-- literal's object (group 0) lives as long as its block and has its own.
local function temp_members(temps)
    local out, groups, order = {}, {}, {}
    for _, t in ipairs(temps) do
        local m = { kind = "field", name = t.name, type = t.type,
            note = " (value kept across an await)" }
        if t.group == 0 then
            out[#out + 1] = m
        else
            if not groups[t.group] then
                groups[t.group] = {}
                order[#order + 1] = t.group
            end
            local g = groups[t.group]
            g[#g + 1] = m
        end
    end
    if #order == 1 then
        for _, m in ipairs(groups[order[1]]) do out[#out + 1] = m end
    elseif #order > 1 then
        local structs = {}
        for i, g in ipairs(order) do structs[i] = groups[g] end
        out[#out + 1] = { kind = "union", structs = structs,
            label = "union of statements' values that never live at once:" }
    end
    return out
end

local function frame_def(d)
    local fn = d.fn
    local lines = { "AC__FRAME_BEGIN " .. frame_struct(fn) .. " {",
        "    ac_frame ac_hdr;" }
    if not fn.ret.void then
        lines[#lines + 1] = "    " .. ptr_decl(fn.ret, "ac_ret") .. ";"
    end
    if d.macro_returns and not fn.ret.void then
        lines[#lines + 1] = "    " .. decl(fn.ret, "ac_drop") ..
            "; /* a macro's return value when the awaiter drops it */"
    end
    member_lines(d.members, "    ", lines)
    member_lines(temp_members(d.temps), "    ", lines)
    if #d.subs > 0 then
        lines[#lines + 1] = "    union {"
        for _, s in ipairs(d.subs) do
            if s.forward then
                -- Defined further down: storage of the size asyncc lays
                -- out (checked by a _Static_assert after the definition).
                local f = frame_sizes[s.callee]
                lines[#lines + 1] = ("        _Alignas(%d) unsigned char " ..
                    "%s[%d];"):format(f.align, s.member, f.size)
            else
                lines[#lines + 1] = ("        struct %s__ac_frame %s;"):format(
                    s.callee, s.member)
            end
        end
        lines[#lines + 1] = "    } ac_sub;"
    end
    lines[#lines + 1] = "}; AC__FRAME_END"
    return table.concat(lines, "\n") .. "\n"
end

local function def_init(d)
    local fn = d.fn
    local stores = {}
    for i, field in ipairs(d.param_fields) do
        if field then
            local ty = fn.params[i].type
            stores[#stores + 1] = "    " .. store(frame_lvalue(field, ty),
                "ac_a" .. (i - 1), ty) .. "\n"
        else
            stores[#stores + 1] = ("    (void)ac_a%d;\n"):format(i - 1)
        end
    end
    return fill([[
${st}ac_frame *${init}(${params})
{
    ${frame} *ac_fr = ac_mem;
    ac_fr->ac_hdr.ac_resume = ${resume};
    ac_fr->ac_hdr.ac_parent = NULL;
    ac_fr->ac_hdr.ac_state = 0;
    ac_fr->ac_hdr.ac_alloc = 0;
${ret}${stores}    return &ac_fr->ac_hdr;
}
]], { st = fn.static and "static AC__MAYBE_UNUSED " or "",
      init = sym(fn, "init"), params = params(fn, { "void *ac_mem" }, true),
      frame = frame_struct(fn), resume = sym(fn, "resume"),
      ret = fn.ret.void and "" or "    ac_fr->ac_ret = ac_ret;\n",
      stores = table.concat(stores) })
end

local function def_await(fn)
    return fill([[
${st}int ${await}(${params})
{
    ac_frame *ac_f = ${init}(ac__frame_alloc(sizeof(${frame}))${sep}${args});
    ac_f->ac_alloc = (uint32_t)sizeof(${frame});
    return ac__call(ac_tk, ac_f);
}
]], { st = fn.static and "static AC__MAYBE_UNUSED " or "",
      await = sym(fn, "await"), params = params(fn, { "ac_task *ac_tk" }, true),
      init = sym(fn, "init"), frame = frame_struct(fn),
      sep = (fn.ret.void and #fn.params == 0) and "" or ", ",
      args = args(fn, {}, true) })
end

local function dispatch(d)
    if #d.states == 0 then return "" end
    local cases = {}
    for i, n in ipairs(d.states) do
        cases[i] = ("case %d: goto ac_resume_%d;"):format(n, n)
    end
    return "switch (ac_fr->ac_hdr.ac_state) { " .. table.concat(cases, " ") ..
        " default: break; } "
end

-- The resume function holds the body; inside it __func__ (and gcc's
-- names for it, which assert prints) still names the async function: an
-- array, as C's __func__ is (C11 6.4.2.2), not a string literal.
-- A function in which asyncc expanded a macro keeps the warnings that
-- compilers give no macro's text quiet for that text too (asyncc.h).
local function def_resume(d, path)
    local fn = d.fn
    return fill([[
static AC__MAYBE_UNUSED const char ${func}[] = "${name}";
#define __func__ ${func}
#define __FUNCTION__ ${func}
#define __PRETTY_FUNCTION__ ${func}
AC__RESUME_WARNINGS_OFF
${quiet}#line ${line} "${path}"
static int ${resume}(ac_frame *ac_hdr, ac_task *ac_tk) { ${frame} *ac_fr = (${frame} *)ac_hdr; ${dispatch}${body}${done} }
${loud}AC__RESUME_WARNINGS_ON
#undef __func__
#undef __FUNCTION__
#undef __PRETTY_FUNCTION__
]], { name = fn.name, func = sym(fn, "func"), line = d.body_line,
      path = path, resume = sym(fn, "resume"),
      frame = frame_struct(fn), dispatch = dispatch(d),
      body = render_list(d.body), done = COMPLETE,
      quiet = d.expanded and "AC__MACRO_WARNINGS_OFF\n" or "",
      loud = d.expanded and "AC__MACRO_WARNINGS_ON\n" or "" })
end

local function async_def(d, path)
    local fn = d.fn
    current = { fn = fn, path = path }
    local out = {
        -- a type the return type defines, for the frame and the callers
        d.type_def and line_marker(d.type_def_line, path) .. d.type_def ..
            ";\n" or "",
        line_marker(d.line, path),
        frame_def(d),
        ("static int %s(ac_frame *ac_hdr, ac_task *ac_tk);\n"):format(
            sym(fn, "resume")),
        glue_at(d.line, def_init(d)),
        glue_at(d.line, def_await(fn)),
    }
    if not fn.static then
        out[#out + 1] = ("const size_t %s = sizeof(%s);\n"):format(
            sym(fn, "size"), frame_struct(fn))
    end
    if frame_sizes[fn.name].forward then
        local f = frame_sizes[fn.name]
        out[#out + 1] = fill([[
_Static_assert(sizeof(${frame}) == ${size} && _Alignof(${frame}) == ${align}, "asyncc: the frame of ${name} is not the size asyncc laid out");
]], { frame = frame_struct(fn), size = f.size, align = f.align,
      name = fn.name })
    end
    out[#out + 1] = def_resume(d, path)
    if fn.need_spawn then out[#out + 1] = glue_at(d.line, def_spawn(fn)) end
    if fn.need_run then out[#out + 1] = glue_at(d.line, def_run(fn)) end
    return table.concat(out)
end

-- ---- the file -------------------------------------------------------------

local function c_string(s)
    return (s:gsub("[\\\"]", "\\%0"))
end

-- Renders the whole output file from the lowering's tree.
function M.render_file(file)
    frame_sizes = M.lay_out_frames(file)
    local path = c_string(file.path)
    current = { path = path }
    local out = {
        ("/* Generated by asyncc from %s. Do not edit. */\n"):format(path),
        "#define ASYNCC_GENERATED 1\n",
        line_marker(1, path),
    }
    local at_line_start = true
    local function put(s)
        if s == "" then return end
        out[#out + 1] = s
        at_line_start = s:sub(-1) == "\n"
    end
    local function put_directive(s)
        if not at_line_start then put("\n") end
        put(s)
    end
    -- Glue the item just rendered needs, before it, mapped to its line.
    local function put_glue(line)
        if #pending_glue == 0 then return end
        for _, g in ipairs(pending_glue) do
            put_directive(line_marker(line, path))
            put(g.struct)
            for _, code in ipairs(g.code) do put(glue_at(line, code)) end
        end
        pending_glue = {}
        put_directive(line_marker(line, path))
    end
    for _, item in ipairs(file.items) do
        local k = item.kind
        if k == "text" then
            put(item.text)
        elseif k == "line" then
            put_directive(line_marker(item.line, path))
        elseif k == "decls" or k == "proto" then
            if item.type_def then
                put_directive(line_marker(item.type_def_line, path))
                put(item.type_def .. ";\n")
            end
            put_directive(line_marker(item.line, path))
            put(decls(item.fn, item.line))
        elseif k == "async_def" then
            local text = async_def(item, path)
            put_glue(item.line)
            put_directive(text)
        elseif k == "plain" then
            local text = render_list(item.body)
            put_glue(item.line)
            put(text)
        else
            error("no template for item '" .. tostring(k) .. "'", 0)
        end
    end
    return table.concat(out)
end

-- ---- the frame report (asyncc --frame-report) -----------------------------
-- Lays frames out as a C compiler does (each member at the next multiple
-- of its alignment, the whole rounded up to the largest alignment), from
-- the sizes libclang gives for the parse target.

local HEADER = { size = 24, align = 8 } -- ac_frame: 2 pointers, 2 uint32_t
local POINTER = { size = 8, align = 8 }

local function align_up(n, a) return (n + a - 1) // a * a end

local layout_members

local function layout_union(structs, base, lines, indent)
    local size, align = 0, 1
    for _, s in ipairs(structs) do
        local sz, al = layout_members(s, base, lines, indent)
        size, align = math.max(size, sz), math.max(align, al)
    end
    return align_up(size, align), align
end

-- Lays out `members` from offset `base`; gives size and alignment.
function layout_members(members, base, lines, indent)
    local off, align = 0, 1
    for _, m in ipairs(members) do
        local sz, al, text
        if m.kind == "union" then
            local sub = {}
            sz, al = layout_union(m.structs, 0, sub, indent .. "  ")
            off = align_up(off, al)
            lines[#lines + 1] = { base + off, sz, indent .. (m.label or
                "union of scopes that never live at once:") }
            for _, l in ipairs(sub) do
                lines[#lines + 1] = { l[1] + base + off, l[2], l[3] }
            end
        else
            sz, al, text = m.size, m.align, indent .. m.text
            off = align_up(off, al)
            lines[#lines + 1] = { base + off, sz, text }
        end
        off = off + sz
        align = math.max(align, al)
    end
    return align_up(off, align), align
end

local function report_members(d, sizes)
    local out = { { kind = "field", size = HEADER.size, align = HEADER.align,
        text = "ac_frame ac_hdr (resume, continuation, state)" } }
    if not d.fn.ret.void then
        out[#out + 1] = { kind = "field", size = POINTER.size,
            align = POINTER.align,
            text = ptr_decl(d.fn.ret, "ac_ret") .. " (where the result goes)" }
    end
    local function add(list, m)
        if m.kind == "field" then
            local size, align = frame_bytes(m.type)
            list[#list + 1] = { kind = "field", size = size,
                align = align, text = decl(m.type, m.name) ..
                (m.param and " (parameter)" or m.note or "") ..
                (m.type.over_aligned and (", placed at %d-byte alignment")
                    :format(m.type.align) or "") }
        else
            local structs = {}
            for i, s in ipairs(m.structs) do
                structs[i] = {}
                for _, x in ipairs(s) do add(structs[i], x) end
            end
            list[#list + 1] = { kind = "union", structs = structs,
                label = m.label }
        end
    end
    for _, m in ipairs(d.members) do add(out, m) end
    for _, m in ipairs(temp_members(d.temps)) do add(out, m) end
    if #d.subs > 0 then
        local structs = {}
        for i, s in ipairs(d.subs) do
            local f = sizes[s.callee]
            structs[i] = { { kind = "field", size = f.size, align = f.align,
                text = ("struct %s__ac_frame %s (awaited, embedded)"):format(
                    s.callee, s.member) } }
        end
        out[#out + 1] = { kind = "union", structs = structs }
    end
    return out
end

-- The size and alignment of every frame the file defines, embedded
-- callee frames first (they form no cycle: a recursive callee is not
-- embedded); `forward` marks those embedded before their definition.
function M.lay_out_frames(file)
    local defs, sizes = {}, {}
    for _, item in ipairs(file.items) do
        if item.kind == "async_def" then defs[item.fn.name] = item end
    end
    local function size_of(name)
        if sizes[name] then return sizes[name] end
        local d = defs[name]
        for _, s in ipairs(d.subs) do size_of(s.callee) end
        local size, align = layout_members(report_members(d, sizes), 0, {},
            "")
        sizes[name] = { size = size, align = align }
        return sizes[name]
    end
    for name in pairs(defs) do size_of(name) end
    for _, d in pairs(defs) do
        for _, s in ipairs(d.subs) do
            if s.forward then sizes[s.callee].forward = true end
        end
    end
    return sizes
end

-- Each async function's frame: its size and what is in it.
function M.frame_report(file)
    local out, sizes = {}, M.lay_out_frames(file)
    for _, item in ipairs(file.items) do
        if item.kind == "async_def" then
            local lines = {}
            local size = layout_members(report_members(item, sizes), 0,
                lines, "")
            out[#out + 1] = ("%s:%d: '%s': frame of %d bytes\n"):format(
                file.path, item.line, item.fn.name, size)
            for _, l in ipairs(lines) do
                out[#out + 1] = ("  %6d %5d  %s\n"):format(l[1], l[2], l[3])
            end
        end
    end
    return table.concat(out)
end

return M
