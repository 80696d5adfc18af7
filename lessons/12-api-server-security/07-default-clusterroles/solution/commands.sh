kubectl create rolebinding yaohong-view --clusterrole=view --serviceaccount=default:yaohong
