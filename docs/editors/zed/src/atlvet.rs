// The extension runs `atlvet lsp` from PATH with the worktree's shell
// environment, and passes lsp.atlvet.initialization_options from
// settings.json as its initializationOptions.

use zed_extension_api::{self as zed, serde_json, settings::LspSettings, LanguageServerId, Result};

struct Atlvet;

impl zed::Extension for Atlvet {
    fn new() -> Self {
        Atlvet
    }

    fn language_server_command(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let path = worktree.which("atlvet").ok_or_else(|| {
            "atlvet is not on PATH: go install github.com/atlvet/atlvet/cmd/atlvet@latest".to_string()
        })?;
        Ok(zed::Command {
            command: path,
            args: vec!["lsp".to_string()],
            env: worktree.shell_env(),
        })
    }

    fn language_server_initialization_options(
        &mut self,
        id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        Ok(LspSettings::for_worktree(id.as_ref(), worktree)
            .ok()
            .and_then(|s| s.initialization_options))
    }
}

zed::register_extension!(Atlvet);
