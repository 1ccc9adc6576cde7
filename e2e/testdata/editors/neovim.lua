-- Drives "atlvet lsp" through Neovim's own LSP client, as e2e's
-- TestNeovim runs it, with the README's snippet for Neovim 0.7 to 0.10
-- (vim.lsp.start_client and vim.lsp.buf_attach_client on FileType go)
-- as init.lua:
--
--   FILE=... OUT=... nvim --headless -u init.lua -i NONE -n -c "luafile neovim.lua"
--
-- It opens FILE, reads atlvet's diagnostics back with
-- vim.diagnostic.get, puts the cursor on the useragent/convention one,
-- applies its quick fix with vim.lsp.buf.code_action (vim.ui.select
-- answered as a user would: the fix, not the ignore action), waits for
-- the diagnostic to go, and writes what it saw to OUT as JSON.

local function finish(result)
  local f = assert(io.open(os.getenv("OUT"), "w"))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd("qa!")
end

local function record(ds)
  local out = {}
  for _, d in ipairs(ds) do
    table.insert(out, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      code = d.code, message = d.message, severity = d.severity, source = d.source,
    })
  end
  return out
end

-- The log (under XDG_CACHE_HOME) is what a failing test shows.
vim.lsp.set_log_level("debug")

local ok, err = pcall(function()
  local result = {}
  vim.cmd("edit " .. vim.fn.fnameescape(os.getenv("FILE")))
  local bufnr = vim.api.nvim_get_current_buf()
  assert(vim.bo[bufnr].filetype == "go", "the file's filetype is " .. vim.bo[bufnr].filetype .. ", not go")

  local function ours()
    return vim.tbl_filter(function(d) return d.source == "atlvet" end, vim.diagnostic.get(bufnr))
  end
  local function has(code)
    for _, d in ipairs(ours()) do
      if d.code == code then return d end
    end
  end

  assert(vim.wait(60000, function() return has("useragent/convention") ~= nil end, 50),
    "no useragent/convention diagnostic from atlvet")
  result.before = record(ours())
  result.clients = {}
  for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
    table.insert(result.clients, c.name)
  end
  local target = has("useragent/convention")

  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  result.titles = {}
  vim.ui.select = function(items, _, on_choice)
    local chosen
    for i, item in ipairs(items) do
      local action = item[2] or item.action
      table.insert(result.titles, action.title)
      if not chosen and not action.title:find("^Ignore") then chosen = i end
    end
    on_choice(items[chosen], chosen)
  end
  local tick = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.lsp.buf.code_action({ only = { "quickfix" } })
  assert(vim.wait(30000, function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= tick end, 50),
    "the code action did not change the buffer")
  result.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)

  assert(vim.wait(30000, function() return has("useragent/convention") == nil end, 50),
    "the useragent/convention diagnostic stayed after the fix")
  result.after = record(ours())
  result.modified = vim.bo[bufnr].modified
  finish(result)
end)
if not ok then
  finish({ error = tostring(err) })
end
