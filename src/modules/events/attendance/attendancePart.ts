import type { EventsPart } from '../EventsPart.js';
import { surveyButtonHandler, surveyFormHandler } from '../survey/surveyComponents.js';
import { onVoiceJoined, onVoiceLeft, onVoiceMuteChanged } from './voicePresence.js';

/**
 * The events module's part for voice attendance (voice presence during each event; closing it
 * at the end is `closeEvent`, run by the end job), points, and the post-event survey's button
 * and form.
 */
export const attendancePart: EventsPart = {
  on: {
    'voice.joined': onVoiceJoined,
    'voice.left': onVoiceLeft,
    'voice.mute_changed': onVoiceMuteChanged,
  },
  components: [surveyButtonHandler, surveyFormHandler],
};
