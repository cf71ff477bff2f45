/**
 * Keeps a value a person just set in a list property on screen until the server's echo of it arrives. The server
 * owns the value and sets the whole list back after each change; without this, the echo of a key pressed a moment
 * before pulls the value back, and the next key moves it from that stale place: a key press is lost. If no echo of
 * the held value comes within a second (the server changed or refused it), the server's list is shown.
 *
 * Use: `local()` after every assignment the element makes itself, `hold(index, value)` when it commits a value,
 * and `willUpdate(changed)` from the element's own willUpdate.
 */
export class HeldValue {
  /**
   * @param host      the element
   * @param property  the name of its list property
   * @param matches   (item, value) => whether a list item already shows the held value
   * @param put       (item, value) => the item showing the held value
   */
  constructor(host, property, matches, put) {
    Object.assign(this, { host, property, matches, put });
    this.held = null;
    this.ownList = null;
    this.serverList = null;
    this.timer = 0;
  }

  local() {
    this.ownList = this.host[this.property];
  }

  hold(index, value) {
    this.held = { index, value };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.held = null;
      if (this.serverList) this.host[this.property] = this.serverList;
      this.serverList = null;
    }, 1000);
  }

  willUpdate(changed) {
    const held = this.held;
    const list = this.host[this.property];
    if (!held || !changed.has(this.property) || list === this.ownList || !list || list[held.index] === undefined) {
      return;
    }
    if (this.matches(list[held.index], held.value)) { // the server has caught up
      this.held = null;
      this.serverList = null;
      clearTimeout(this.timer);
      return;
    }
    this.serverList = list;
    this.host[this.property] = list.map((item, k) => (k === held.index ? this.put(item, held.value) : item));
    this.local();
  }
}
