import { describeCrashPoints } from './crashPointTest.js';

describeCrashPoints('a member joins and is welcomed');
