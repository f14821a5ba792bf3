import { licencesApi, type Licence } from '../api/licences.ts'
import { citizenSession } from '../identity/citizen-session.svelte.ts'

/**
 * The signed-in citizen's electronic licences, asked once per page load when someone is signed in: what
 * spares materials (免提交) on the 一次告知单 and the guides. Empty for anonymous citizens.
 */
class HeldLicences {
  list = $state.raw<Licence[]>([])
  #asked = false

  /** Asks the server once a citizen is known to be signed in; a failure leaves the list empty (nothing is spared). */
  async load(): Promise<void> {
    if (this.#asked || !citizenSession.citizen) return
    this.#asked = true
    try {
      this.list = (await licencesApi.mine()).licences
    } catch {
      this.list = []
    }
  }
}

export const heldLicences = new HeldLicences()
