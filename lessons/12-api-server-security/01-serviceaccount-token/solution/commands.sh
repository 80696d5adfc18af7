kubectl run curl --image=curlimages/curl -- sleep 9999
