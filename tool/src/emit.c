/*
 * emit.c - hands the lowering's tree to the Lua templates as tables and
 * returns what they render. All generated syntax lives in the templates.
 */
#include "emit.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <string.h>

/* tool/templates/c.lua, embedded by CMake (cmake/embed.cmake). */
extern const unsigned char asyncc_template_c_lua[];
extern const size_t asyncc_template_c_lua_len;

/* Each level of the tree holds one table on the Lua stack while its items
 * are pushed, and user code can nest deeply (a long chain of unary
 * operators), so every level asks for room first: the C API does not
 * check the stack (Lua 5.4 manual, section 4.1.1). */
static void push_tree(lua_State *L, const tv *v)
{
    luaL_checkstack(L, 2, "the program nests too deeply to render");
    switch (v->kind) {
    case TV_STR:
        lua_pushstring(L, v->str);
        break;
    case TV_INT:
        lua_pushinteger(L, v->num);
        break;
    case TV_BOOL:
        lua_pushboolean(L, (int)v->num);
        break;
    case TV_LIST:
        lua_createtable(L, (int)v->items.len, 0);
        for (size_t i = 0; i < v->items.len; i++) {
            push_tree(L, v->items.items[i]);
            lua_rawseti(L, -2, (lua_Integer)i + 1);
        }
        break;
    case TV_REC:
        lua_createtable(L, 0, (int)v->items.len);
        for (size_t i = 0; i < v->items.len; i++) {
            push_tree(L, v->items.items[i]);
            lua_setfield(L, -2, v->keys.items[i]);
        }
        break;
    }
}

static int render(lua_State *L)
{
    const tv *file = lua_touserdata(L, 1);
    const char *entry = lua_tostring(L, 2);
    if (luaL_loadbuffer(L, (const char *)asyncc_template_c_lua,
                        asyncc_template_c_lua_len,
                        "=templates/c.lua") != LUA_OK)
        return lua_error(L);
    lua_call(L, 0, 1);
    lua_getfield(L, -1, entry);
    push_tree(L, file);
    lua_call(L, 1, 1);
    return 1;
}

/* Message handler: an internal error says where in the templates. */
static int traceback(lua_State *L)
{
    luaL_traceback(L, L, lua_tostring(L, 1), 1);
    return 1;
}

static char *run_templates(const tv *file, const char *entry)
{
    lua_State *L = luaL_newstate();
    if (!L) {
        fputs("asyncc: cannot create a Lua state\n", stderr);
        return NULL;
    }
    luaL_openlibs(L);
    lua_pushcfunction(L, traceback);
    lua_pushcfunction(L, render);
    lua_pushlightuserdata(L, (void *)file);
    lua_pushstring(L, entry);
    char *out = NULL;
    if (lua_pcall(L, 2, 1, 1) != LUA_OK) {
        fprintf(stderr, "asyncc: internal error in the templates: %s\n",
                lua_tostring(L, -1));
    } else {
        size_t n;
        const char *s = lua_tolstring(L, -1, &n);
        out = ut_strndup(s, n);
    }
    lua_close(L);
    return out;
}

char *emit_render(const tv *file)
{
    return run_templates(file, "render_file");
}

char *emit_frame_report(const tv *file)
{
    return run_templates(file, "frame_report");
}
