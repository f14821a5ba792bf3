import * as client from 'openid-client'
import type { OidcSettings } from './settings.ts'

/** What the login step must remember until the callback: kept sealed in a short-lived cookie. */
export type LoginChecks = { state: string; nonce: string; verifier: string }

/** What the identity service said about the citizen at the callback. */
export type SignedIn = { issuer: string; subject: string; claims: Record<string, unknown>; idToken: string | undefined }

/**
 * The relying party: authorization code flow with PKCE (S256), state and nonce, through openid-client
 * (which checks the ID token's signature, issuer, audience, expiry and nonce). The service's metadata is
 * discovered at the first use and kept; a failed discovery is tried again at the next sign-in.
 *
 * @example const rp = oidcClient(settings.oidc, `${publicOrigin}/auth/callback`); const { url, checks } = await rp.start()
 */
export function oidcClient(settings: OidcSettings, redirectUri: string) {
  let discovered: Promise<client.Configuration> | undefined
  const issuer = new URL(settings.issuer)
  const config = () => {
    // Plain http is only for a provider on this machine (the demo provider, tests).
    const local = issuer.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(issuer.hostname)
    discovered ??= client
      .discovery(issuer, settings.clientId, undefined, client.ClientSecretPost(settings.clientSecret), local ? { execute: [client.allowInsecureRequests] } : undefined)
      .catch((e: unknown) => {
        discovered = undefined
        throw e
      })
    return discovered
  }

  return {
    /** The provider's sign-in URL, and the checks the callback needs. */
    async start(): Promise<{ url: URL; checks: LoginChecks }> {
      const checks = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier() }
      const url = client.buildAuthorizationUrl(await config(), {
        redirect_uri: redirectUri, scope: settings.scopes, state: checks.state, nonce: checks.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(checks.verifier), code_challenge_method: 'S256',
      })
      return { url, checks }
    },

    /** Exchanges the code in `callbackUrl` (built on PUBLIC_ORIGIN, not the Host header) for the verified identity. */
    async finish(callbackUrl: URL, checks: LoginChecks): Promise<SignedIn> {
      const c = await config()
      const tokens = await client.authorizationCodeGrant(c, callbackUrl, { pkceCodeVerifier: checks.verifier, expectedState: checks.state, expectedNonce: checks.nonce })
      const idClaims = tokens.claims()
      if (!idClaims) throw new Error('the identity service returned no ID token')
      // The ID token carries acr; names and numbers usually come from userinfo.
      const userinfo = c.serverMetadata().userinfo_endpoint ? await client.fetchUserInfo(c, tokens.access_token, idClaims.sub) : {}
      return { issuer: idClaims.iss, subject: idClaims.sub, claims: { ...userinfo, ...idClaims }, idToken: tokens.id_token }
    },

    /** The provider's logout URL (RP-initiated logout), or null when it has none. */
    async logoutUrl(idToken: string | null, returnTo: string): Promise<URL | null> {
      const c = await config()
      if (!c.serverMetadata().end_session_endpoint) return null
      return client.buildEndSessionUrl(c, { post_logout_redirect_uri: returnTo, client_id: settings.clientId, ...(idToken ? { id_token_hint: idToken } : {}) })
    },
  }
}

export type OidcClient = ReturnType<typeof oidcClient>
