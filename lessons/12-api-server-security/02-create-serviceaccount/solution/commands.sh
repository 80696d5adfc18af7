kubectl create serviceaccount yaohong
