module example.com/jirasync

go 1.26
