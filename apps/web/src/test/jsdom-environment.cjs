// jsdom without the web platform pieces it lacks and Node has: the Fetch API types (React Router's
// data router builds a Request for every navigation), with Node's own AbortController so that the
// Request accepts its signal, and TextEncoder.
const { TestEnvironment } = require('jest-environment-jsdom');

class BoardEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, {
      AbortController,
      AbortSignal,
      Headers,
      Request,
      Response,
      TextDecoder,
      TextEncoder,
    });
  }
}

module.exports = BoardEnvironment;
