package twofixes

var basic = "Basic Y2lAZXhhbXBsZS5jb206WnI4UXgyTG03VG40VmIxS3g3" // want `literal Basic credential holds the password or API token of user "ci@example.com"`

var apiToken = "q8Zr2Lw0Xv7Tn4Kp1Ys" // want `apiToken is set to a literal that looks like a secret`
