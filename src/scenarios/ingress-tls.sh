# TLS on an Ingress (notes 5.4.4): which certificate ingress-nginx presents, and how curl verifies it
cat > yh.crt <<'PEM'
-----BEGIN CERTIFICATE-----
MIIBhzCCAS2gAwIBAgIUQz5I22E8uzkFACY+YZFbdr4g8F8wCgYIKoZIzj0EAwIw
GTEXMBUGA1UEAwwOeWguZXhhbXBsZS5jb20wHhcNMjYxMjA1MDA0MDQ4WhcNMzYx
MjAyMDA0MDQ4WjAZMRcwFQYDVQQDDA55aC5leGFtcGxlLmNvbTBZMBMGByqGSM49
AgEGCCqGSM49AwEHA0IABCL1HHL0AAxr2oPxhFe6np2wZGUIwo4j8WIQ7l8nlFSy
9xP9jJ7Y+U1069znpWRjWtVkuGvqCGcxK03KLX1e82ijUzBRMB0GA1UdDgQWBBSC
z/9qB5NJJlSlGll0fgVSRnQ1eDAfBgNVHSMEGDAWgBSCz/9qB5NJJlSlGll0fgVS
RnQ1eDAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIQD9GYf13HGo
YIBYlkhaAmYs+4KuFXItkBvTSTqwCaDTcgIgdWt0D9KNLFZes86PrdAj5WVAjZYV
4AuzJKSGiam81wQ=
-----END CERTIFICATE-----
PEM
cat > yh.key <<'PEM'
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgE0cHfoZb7FKwZmO6
0vKGo1jcgqJLfRbWg0F7XrB5Q2ihRANCAAQi9Rxy9AAMa9qD8YRXup6dsGRlCMKO
I/FiEO5fJ5RUsvcT/Yye2PlNdOvc56VkY1rVZLhr6ghnMStNyi19XvNo
-----END PRIVATE KEY-----
PEM
cat > san.crt <<'PEM'
-----BEGIN CERTIFICATE-----
MIIBvzCCAWWgAwIBAgIUKNhhuLI2xN+ZdoR6CWvYghPVXk0wCgYIKoZIzj0EAwIw
HjEcMBoGA1UEAwwTaWdub3JlZC5leGFtcGxlLmNvbTAeFw0yNjEyMDUwMDM3NTda
Fw0zNjEyMDIwMDM3NTdaMB4xHDAaBgNVBAMME2lnbm9yZWQuZXhhbXBsZS5jb20w
WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAQM2o79PXyxwpn5EY82hrZedflOT6I5
bjKzN4j2wg7TwGQ1SIMG1dr4msBTkyI0lFmWbmWT0+29Ty3u7vbMpic2o4GAMH4w
HQYDVR0OBBYEFIZ2pjERHdUbJL25t2DW3pYXDcTnMB8GA1UdIwQYMBaAFIZ2pjER
HdUbJL25t2DW3pYXDcTnMA8GA1UdEwEB/wQFMAMBAf8wKwYDVR0RBCQwIoINKi5l
eGFtcGxlLmNvbYILa3ViaWEubG9jYWyHBAoAAAUwCgYIKoZIzj0EAwIDSAAwRQIg
Pq4Lxx4czks49WQUwV9voshAj9qSqDjdUA+/2JK6JxgCIQDYZpWO52884w6L9N0c
cFpUbL3Ighey25fEb1QOYUIH4g==
-----END CERTIFICATE-----
PEM
kubectl create deployment kubia --image=luksa/kubia
kubectl expose deployment kubia --port=80 --target-port=8080
kubectl create secret tls tls-secret --cert=yh.crt --key=yh.key
kubectl apply -f - <<'YAML'
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ingress-tls
spec:
  ingressClassName: nginx
  tls:
  - hosts: [yh.example.com]
    secretName: tls-secret
  rules:
  - host: yh.example.com
    http:
      paths:
      - path: /
        pathType: Prefix
        backend:
          service:
            name: kubia
            port:
              number: 80
YAML
sleep 40
ADDR=$(kubectl get ingress ingress-tls -o jsonpath='{.status.loadBalancer.ingress[0].ip}')
# from outside: the self-signed certificate is trusted by nobody until curl is given it
curl -sS -H 'Host: yh.example.com' https://$ADDR/
curl -sk -H 'Host: yh.example.com' https://$ADDR/
# SNI carries the URL's name, not the Host header: by IP, ingress-nginx presents its default certificate
curl -sS --cacert yh.crt -H 'Host: yh.example.com' https://$ADDR/
curl -sS --cacert yh.crt --resolve yh.example.com:443:$ADDR https://yh.example.com/
curl -sS --cacert san.crt --resolve yh.example.com:443:$ADDR https://yh.example.com/
curl -sS --cacert yh.key --resolve yh.example.com:443:$ADDR https://yh.example.com/
curl -sI --resolve yh.example.com:80:$ADDR http://yh.example.com/
# from a pod: the same certificate, and the cluster CA does not vouch for it
kubectl run client --image=curlimages/curl --restart=Never --command -- sleep 9999
sleep 20
kubectl get secret tls-secret -o jsonpath='{.data.tls\.crt}' | base64 -d > tls.cert
kubectl exec -i client -- sh -c 'cat > /tmp/tls.cert' < tls.cert
kubectl exec client -- curl -sS --cacert /var/run/secrets/kubernetes.io/serviceaccount/ca.crt --resolve yh.example.com:443:$ADDR https://yh.example.com/
kubectl exec client -- curl -sS --cacert /tmp/tls.cert --resolve yh.example.com:443:$ADDR https://yh.example.com/
kubectl exec client -- curl -sS --cacert /tmp/tls.cert https://$ADDR/
