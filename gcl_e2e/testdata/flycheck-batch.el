;;; Runs the checker of docs/editors/atlvet-flycheck.el on one Go file in
;;; a batch Emacs and prints flycheck's errors, one per line:
;;;   FILE:LINE:COL: MESSAGE [ID]
;;; Environment: ATLVET_FLYCHECK_EL, CUSTOM_GCL, GO_FILE.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'flycheck)
(require 'go-mode)
(load (getenv "ATLVET_FLYCHECK_EL") nil t)
(setq flycheck-atlvet-golangci-lint-executable (getenv "CUSTOM_GCL"))
(find-file (getenv "GO_FILE"))
(go-mode)
(flycheck-mode 1)
(flycheck-select-checker 'atlvet-golangci-lint)
(flycheck-buffer)
(let ((deadline (+ (float-time) 240)))
  (while (and (flycheck-running-p) (< (float-time) deadline))
    (accept-process-output nil 0.2)))
(princ (format "status: %s\n" flycheck-last-status-change))
(dolist (e flycheck-current-errors)
  (princ (format "%s:%s:%s: %s [%s]\n"
                 (flycheck-error-filename e) (flycheck-error-line e)
                 (flycheck-error-column e) (flycheck-error-message e)
                 (flycheck-error-id e))))
