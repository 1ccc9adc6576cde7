;;; atlvet-flycheck.el --- flycheck checker for golangci-lint with atlvet  -*- lexical-binding: t; -*-

;; Shows atlvet's findings (and those of the other linters your
;; .golangci.yml enables) in Go buffers, through the JSON output of a
;; golangci-lint v2 built with the atlvet plugin (custom-gcl). Load it
;; after flycheck:
;;
;;   (with-eval-after-load 'flycheck
;;     (load "/path/to/atlvet-flycheck.el"))
;;
;; The binary is found as "custom-gcl" on exec-path; set
;; flycheck-atlvet-golangci-lint-executable to use another path.
;; golangci-lint reads files from disk, so findings follow saves.

;;; Code:

(require 'flycheck)
(require 'json)

(defun atlvet-flycheck-parse-golangci-json (output checker buffer)
  "Turn golangci-lint's JSON OUTPUT into flycheck errors of CHECKER in BUFFER."
  (let* ((report (json-parse-string output :object-type 'alist :array-type 'list
                                    :null-object nil :false-object nil))
         (issues (alist-get 'Issues report)))
    (mapcar (lambda (issue)
              (let ((pos (alist-get 'Pos issue)))
                (flycheck-error-new-at
                 (alist-get 'Line pos) (alist-get 'Column pos) 'warning
                 (alist-get 'Text issue)
                 :id (alist-get 'FromLinter issue)
                 :checker checker :buffer buffer
                 :filename (alist-get 'Filename pos))))
            issues)))

(flycheck-define-checker atlvet-golangci-lint
  "golangci-lint v2 with the atlvet plugin, through its JSON output."
  :command ("custom-gcl" "run" "--output.json.path=stdout" "--show-stats=false"
            "--issues-exit-code=0" "--path-mode=abs" ".")
  :error-parser atlvet-flycheck-parse-golangci-json
  :modes (go-mode go-ts-mode))

(add-to-list 'flycheck-checkers 'atlvet-golangci-lint)

(provide 'atlvet-flycheck)
;;; atlvet-flycheck.el ends here
