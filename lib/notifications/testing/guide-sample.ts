// The guide's payload exactly as printed ("Web hooks / Notifications"), end tags with
// their stray spaces included. One line is changed: the guide's comment
// `<!—Only for PON Level Notification à` is not XML at all (an em dash for "--", and no
// "-->"; the printed text went through a word processor), so it is written as the XML
// comment it stands for.
export const GUIDE_SAMPLE = `<?xml version="1.0"?>
<PartnerNotification>
<orderNumber>API Voice Order Number</ orderNumber >
<customerNumber>Customer Number </customerNumber>
<customerName>Customer Name</customerName>
<voiceOrderStatus>
<notificationCode>123</notificationCode>
<notificationMessage>…</notificationMessage>
</voiceOrderStatus>
<!-- Only for PON Level Notification -->
<rateCenterOrderStatus>
<rateCenter>Rate Center </rateCenter>
<state>CO</state>
<notificationCode>123</notificationCode>
<notificationMessage>…</notificationMessage>
</ rateCenterOrderStatus >
</ PartnerNotification >`;
