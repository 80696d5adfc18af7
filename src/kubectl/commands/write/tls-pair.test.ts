import { describe, expect, it } from 'vitest';
import { keyPairError } from './tls-pair';

/** Key pairs made with openssl for these tests (1024-bit RSA and P-256, self-signed). */
const RSA_CERT = `-----BEGIN CERTIFICATE-----
MIIB9DCCAV2gAwIBAgIUTPSmdPjaDa6FIOU+GL0EqL+WscowDQYJKoZIhvcNAQEL
BQAwDDEKMAgGA1UEAwwBYTAeFw0yNjEyMDcwNjM4MjlaFw0zNjEyMDQwNjM4Mjla
MAwxCjAIBgNVBAMMAWEwgZ8wDQYJKoZIhvcNAQEBBQADgY0AMIGJAoGBAJrs2Quz
WpoJooI8UalwYClzCXSS6Qs1HKOfGDjUkjxa8KNkxOncY7zBFtnXl+VxN0SUWAid
Wqb6iqfsPUf5ZdHXEYCXFQObX1ahy40ZNx8ulXjl7dMQKsQeL7oRc4woMXQiYvZt
pXFKHnCdhybeMkYZ463CEm+e5jxDY/1s3OifAgMBAAGjUzBRMB0GA1UdDgQWBBTo
mrHfRQj2Vevfp8lvPlHlYQarHTAfBgNVHSMEGDAWgBTomrHfRQj2Vevfp8lvPlHl
YQarHTAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4GBAEhyHOn/5CfL
0xEv+42c1v0g3NSB01V8fAE/qCWyjEq7q12K5RjTQLRQX+vnI3TrhBLsfKKjA3X1
DbdfjXRwzzBEolWvSamNHMhgQkWL8zOmqkE6cXfGUo1X6xHbFiXskIjOopon9S4y
1CANeRxVO0WeT24Vy0kkjJzMZ10jn1xb
-----END CERTIFICATE-----
`;
const RSA_KEY_PKCS8 = `-----BEGIN PRIVATE KEY-----
MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAJrs2QuzWpoJooI8
UalwYClzCXSS6Qs1HKOfGDjUkjxa8KNkxOncY7zBFtnXl+VxN0SUWAidWqb6iqfs
PUf5ZdHXEYCXFQObX1ahy40ZNx8ulXjl7dMQKsQeL7oRc4woMXQiYvZtpXFKHnCd
hybeMkYZ463CEm+e5jxDY/1s3OifAgMBAAECgYAAo2UphS2kYNHIk5MKjan3wb+S
OWC4aRmbGvawlT+c/ArtwWaGSCApEOqVLywzB8pgf/P05SEQewvDMVf3SfG/b+1J
hkK3qlWzr3Z5knfZZhPl+XkyeDzSPXFRJiK+mTFhU/vSSuUqJRW3T/uNCwRlcz+B
cAXXqBDDwO5UBJ3osQJBAMk8fcSGGEXe0jP7R5XoEMLeut+l4bPlOA1uQbMP7K+E
FzlVrYVMP+xQQj+QxhshEIKzul+1bxWEX/9e2qEgJ8MCQQDFFgFa3LzTQeue9xzL
6q3HZwxeS8oS/Qj4hh/C/mxUqvkCgpffYbAuh6Q5HTpMIdU3d1wgrPNZk1Xq0Qk/
ewn1AkB4Ad4S09En4dDDdSfkqwdL3x3cgAVQjfLWd5kwmt+QcBqVc5XOd4FrgRVw
6PprdVVuTJZpuz5qu42wMjX5fr6XAkBuaTyLFbynMXf5z4CPcMK4Qi+4qAbmCmG7
MRCcIgK4kCv+TwEcQNL9zjmfUZN2UUHs1+6B08Jk/ViVu1PN/3T9AkEAoPHfROLJ
35BKCmAnLkwhYp/GJ2rO95wSeGViZalZa0EhdSk0UzINw3jIdEvnvv3dU8v0PJiy
D4mbSI+0rhugSw==
-----END PRIVATE KEY-----
`;
const RSA_KEY_PKCS1 = `-----BEGIN RSA PRIVATE KEY-----
MIICXAIBAAKBgQCa7NkLs1qaCaKCPFGpcGApcwl0kukLNRyjnxg41JI8WvCjZMTp
3GO8wRbZ15flcTdElFgInVqm+oqn7D1H+WXR1xGAlxUDm19WocuNGTcfLpV45e3T
ECrEHi+6EXOMKDF0ImL2baVxSh5wnYcm3jJGGeOtwhJvnuY8Q2P9bNzonwIDAQAB
AoGAAKNlKYUtpGDRyJOTCo2p98G/kjlguGkZmxr2sJU/nPwK7cFmhkggKRDqlS8s
MwfKYH/z9OUhEHsLwzFX90nxv2/tSYZCt6pVs692eZJ32WYT5fl5Mng80j1xUSYi
vpkxYVP70krlKiUVt0/7jQsEZXM/gXAF16gQw8DuVASd6LECQQDJPH3EhhhF3tIz
+0eV6BDC3rrfpeGz5TgNbkGzD+yvhBc5Va2FTD/sUEI/kMYbIRCCs7pftW8VhF//
XtqhICfDAkEAxRYBWty800Hrnvccy+qtx2cMXkvKEv0I+IYfwv5sVKr5AoKX32Gw
LoekOR06TCHVN3dcIKzzWZNV6tEJP3sJ9QJAeAHeEtPRJ+HQw3Un5KsHS98d3IAF
UI3y1neZMJrfkHAalXOVzneBa4EVcOj6a3VVbkyWabs+aruNsDI1+X6+lwJAbmk8
ixW8pzF3+c+Aj3DCuEIvuKgG5gphuzEQnCICuJAr/k8BHEDS/c45n1GTdlFB7Nfu
gdPCZP1YlbtTzf90/QJBAKDx30Tiyd+QSgpgJy5MIWKfxidqzvecEnhlYmWpWWtB
IXUpNFMyDcN4yHRL57793VPL9DyYsg+Jm0iPtK4boEs=
-----END RSA PRIVATE KEY-----
`;
const OTHER_RSA_KEY = `-----BEGIN RSA PRIVATE KEY-----
MIICXAIBAAKBgQC/lAkpYjUZI1VtJLxg3a0WZyotnktwe8wbneHRx4IwAq1Az991
oAwJMhnkGHFFL0DmkIey+evuTHqKOas9mxbJ8obIyel8pWzuc+fWV4e3xS5TWBm7
S1Hgaly8rCsREC7gaeiAk1bMBxXyDSrUwlJk6wLhYQIFoq/t5JZ1kyrc4wIDAQAB
AoGAH7j/m16rtDHpn10J5HBQjPkgPtWLYGDfd2M5VWdX42NOFQFW2z9ZPtyQ9Pgn
KXGdqZAdKEHCE3+Oevz5ogXgS96+qu7utkixDmSUHoGvARdoUf0D4yBgOhtzXnP9
L83P6RbIMqGlooLvgXfzXIByNsCb9jkVY9rTVHE1LXDFkGECQQDyHy7Fxdgk20FI
33fbx+uc4M58pSVx/S8vodEz/hgtZRsFG4xmYw1Hsyf0YrbTssqUcJGMg6N+TaEB
Zed64ysnAkEAyo8xhXf43+OCMgzrgoHtCEgDXPfWYqP9q0Rz1eJWg95F8Y5cBeFv
eKmM3qLVd8Jw2Onn6hyCaIgP0tO8eWaF5QJAJy7gtOT1u9E32YFAtnK+MJ85C3b2
fmII9t5rKszeQMpx+vugVxmElqvptWUcTVpL6oXlKCZNmS0a90z0jzCgVQJBAL7x
uxn5HTdYjPvHaB7PgXUkBV+XFZZIxrCzR4qg4TNPzZlGvIKin2UcV3nr/9T0C1K/
NGphU6FcWaZBCNNcDO0CQCFrTCB8Nijm0IAzCMxkbCbqwxJ1D7shWSvuiUr1Vd6t
YSbHL7ydkrjDrX1d5dwcbBL5xBJp2Wn/pdBSyF/oiEI=
-----END RSA PRIVATE KEY-----
`;
const EC_CERT = `-----BEGIN CERTIFICATE-----
MIIBbDCCAROgAwIBAgIUdEF2nw1ZBnMQJb4S6uc3w03UOQAwCgYIKoZIzj0EAwIw
DDEKMAgGA1UEAwwBZTAeFw0yNjEyMDcwNjM4MjlaFw0zNjEyMDQwNjM4MjlaMAwx
CjAIBgNVBAMMAWUwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATox0IZoTmCXWu6
ImYumwbIdthGnzGMckOiECAC0eIG0igmvyyZFM49FSVcdk26zX/zXONb82Iozp60
m5LvmHxSo1MwUTAdBgNVHQ4EFgQUF7bkCvyp3rIAlajOSSNxT6KyJMwwHwYDVR0j
BBgwFoAUF7bkCvyp3rIAlajOSSNxT6KyJMwwDwYDVR0TAQH/BAUwAwEB/zAKBggq
hkjOPQQDAgNHADBEAiAXlrr5hntFMuktDC1t0bj3h+KQLOacK4zYTP9N7mPYOQIg
cdca+dXMcNdc2l/YnkfODW54s50cJklvkqlzuLX2zSg=
-----END CERTIFICATE-----
`;
const EC_KEY_PKCS8 = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg2N1CRJMrLC6S0amz
bwKPsasZzWm22tiA8zNfrj5vEdmhRANCAATox0IZoTmCXWu6ImYumwbIdthGnzGM
ckOiECAC0eIG0igmvyyZFM49FSVcdk26zX/zXONb82Iozp60m5LvmHxS
-----END PRIVATE KEY-----
`;
const EC_KEY_SEC1 = `-----BEGIN EC PRIVATE KEY-----
MHcCAQEEINjdQkSTKywuktGps28Cj7GrGc1pttrYgPMzX64+bxHZoAoGCCqGSM49
AwEHoUQDQgAE6MdCGaE5gl1ruiJmLpsGyHbYRp8xjHJDohAgAtHiBtIoJr8smRTO
PRUlXHZNus1/81zjW/NiKM6etJuS75h8Ug==
-----END EC PRIVATE KEY-----
`;


describe('kubectl create secret tls: the key must be the certificate’s (tls.X509KeyPair, as kubectl v1.34.5 answers)', () => {
  it.each([
    ['RSA cert, its PKCS#8 key', RSA_CERT, RSA_KEY_PKCS8, undefined],
    ['RSA cert, its PKCS#1 key', RSA_CERT, RSA_KEY_PKCS1, undefined],
    ['RSA cert, another RSA key', RSA_CERT, OTHER_RSA_KEY, 'tls: private key does not match public key'],
    ['RSA cert, an EC key', RSA_CERT, EC_KEY_PKCS8, 'tls: private key type does not match public key type'],
    ['EC cert, its PKCS#8 key', EC_CERT, EC_KEY_PKCS8, undefined],
    ['EC cert, its SEC 1 key', EC_CERT, EC_KEY_SEC1, undefined],
    ['EC cert, an RSA key', EC_CERT, RSA_KEY_PKCS8, 'tls: private key type does not match public key type'],
  ])('%s', (_name, cert, key, error) => {
    expect(keyPairError(cert, key)).toBe(error);
  });
});
