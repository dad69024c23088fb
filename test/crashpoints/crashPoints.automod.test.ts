import { describeCrashPoints } from './crashPointTest.js';

describeCrashPoints('automod removes a phishing link; the case is opened, noted and told');
