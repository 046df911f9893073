// The demo signs its sample pledges with a throwaway key made at build time; a real page writes
// the registry's published public key into <luton-data registry-key="..."> instead.
const response = await fetch('/demo/registry-key.json');
if (response.ok) {
  const { publicKey } = await response.json();
  for (const provider of document.querySelectorAll('luton-data')) provider.setAttribute('registry-key', publicKey);
}
