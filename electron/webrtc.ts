// WebRTC is a way out of the page that the CSP does not cover: an RTCPeerConnection reaches
// any STUN/TURN server and can carry data in the TURN username, without a CSP violation.
// Electron has no switch that turns WebRTC off, so it is shut at two levels:
//   - the page: renderer/security/no-webrtc.ts removes RTCPeerConnection and the rest of the
//     API before any other code runs, and the CSP refuses frames that could bring it back;
//   - here: every webContents (including any a future change creates) gets the strictest IP
//     handling policy, so a connection that still came about could use no direct UDP and
//     would reveal no local addresses.
import type { WebContents } from 'electron';

export const WEBRTC_IP_HANDLING_POLICY = 'disable_non_proxied_udp' as const;

export function restrictWebRtc(contents: Pick<WebContents, 'setWebRTCIPHandlingPolicy'>): void {
  contents.setWebRTCIPHandlingPolicy(WEBRTC_IP_HANDLING_POLICY);
}
